//! `cargo xtask release`: the one tarball a council installs — the release server, the
//! built frontend, and `deploy/` (a systemd unit, a reverse proxy that terminates TLS,
//! the settings to fill in) — and the check that a server starts from it, unpacked.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use crate::{dist, root, run};

const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Builds everything for release and packs it; returns the tarball's path.
pub fn release() -> Result<PathBuf> {
    dist::build()?;
    run::cargo(&["build", "--release", "-p", "backend"])?;
    let tarball = pack(&root().join("target/release/ourplan"), &root().join("target/release"))?;
    println!("xtask: {} is ready (see README, \"Deploying\")", tarball.display());
    Ok(tarball)
}

/// Packs `binary`, `dist/`, `deploy/` and the documents a council needs into
/// `ourplan-VERSION-linux-x86_64.tar.gz` in `into`, under one folder.
pub fn pack(binary: &Path, into: &Path) -> Result<PathBuf> {
    let name = format!("ourplan-{VERSION}");
    let staging = root().join("target/release-staging");
    if staging.exists() {
        std::fs::remove_dir_all(&staging).context("clearing target/release-staging")?;
    }
    let folder = staging.join(&name);
    std::fs::create_dir_all(folder.join("docs")).context("creating the release folder")?;
    std::fs::copy(binary, folder.join("ourplan")).with_context(|| format!("copying {}", binary.display()))?;
    copy_folder(&root().join("dist"), &folder.join("dist"))?;
    copy_folder(&root().join("deploy"), &folder.join("deploy"))?;
    for document in ["README.md", "docs/import-people.md", "docs/import-people.csv"] {
        std::fs::copy(root().join(document), folder.join(document)).with_context(|| format!("copying {document}"))?;
    }
    std::fs::create_dir_all(into)?;
    let tarball = into.join(format!("{name}-linux-x86_64.tar.gz"));
    run::status(
        Command::new("tar")
            .arg("-czf")
            .arg(&tarball)
            .arg("-C")
            .arg(&staging)
            .arg(&name),
    )?;
    Ok(tarball)
}

fn copy_folder(from: &Path, to: &Path) -> Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from).with_context(|| format!("reading {}", from.display()))? {
        let path = entry?.path();
        let target = to.join(path.file_name().unwrap_or_default());
        if path.is_dir() {
            copy_folder(&path, &target)?;
        } else {
            std::fs::copy(&path, &target).with_context(|| format!("copying {}", path.display()))?;
        }
    }
    Ok(())
}

/// Unpacks `tarball` in a new folder and starts the server from there, as the systemd unit
/// would (its own `dist/`, settings in the environment): it must pass `check-config`,
/// become ready, serve the app, and stop cleanly on SIGTERM.
pub fn starts_from(tarball: &Path) -> Result<()> {
    let unpacked = root().join("target/release-check");
    if unpacked.exists() {
        std::fs::remove_dir_all(&unpacked).context("clearing target/release-check")?;
    }
    std::fs::create_dir_all(&unpacked)?;
    run::status(Command::new("tar").arg("-xzf").arg(tarball).arg("-C").arg(&unpacked))?;
    let folder = unpacked.join(format!("ourplan-{VERSION}"));
    for needed in [
        "deploy/ourplan.service",
        "deploy/Caddyfile",
        "deploy/ourplan.env.example",
        "dist/frontend_bg.wasm",
    ] {
        if !folder.join(needed).is_file() {
            bail!("the release lacks {needed}");
        }
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let address = format!("127.0.0.1:{port}");
    let settings = [
        ("OURPLAN_LISTEN", address.clone()),
        ("OURPLAN_PUBLIC_ORIGIN", format!("http://localhost:{port}")),
        (
            "OURPLAN_DATABASE_URL",
            format!("sqlite://{}", unpacked.join("ourplan.db").display()),
        ),
        ("OURPLAN_DIST_DIR", folder.join("dist").display().to_string()),
    ];
    let ourplan = || {
        let mut command = Command::new(folder.join("ourplan"));
        command
            .current_dir(&folder)
            .env_clear()
            .envs(settings.iter().map(|(k, v)| (k, v)));
        command
    };
    let checked = ourplan()
        .arg("check-config")
        .output()
        .context("running the release's check-config")?;
    if !checked.status.success() {
        bail!(
            "check-config refused the release's settings:\n{}",
            String::from_utf8_lossy(&checked.stdout)
        );
    }
    let mut server = ourplan()
        .arg("serve")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .context("starting the release's server")?;
    let outcome = serves(&address);
    run::status(Command::new("kill").args(["-TERM", &server.id().to_string()]))?;
    let deadline = Instant::now() + Duration::from_secs(15);
    while server.try_wait()?.is_none() {
        if Instant::now() > deadline {
            server.kill()?;
            bail!("the release's server was still running 15 s after SIGTERM");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    outcome
}

/// Waits up to 10 s for `/readyz`, then asks for the app's page.
fn serves(address: &str) -> Result<()> {
    let started = Instant::now();
    while !run::http(address, "GET", "/readyz", "").is_ok_and(|answer| answer.starts_with("HTTP/1.1 200")) {
        if started.elapsed() > Duration::from_secs(10) {
            bail!("the release's server was not ready within 10 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let page = run::http(address, "GET", "/", "")?;
    if !page.starts_with("HTTP/1.1 200") || !page.contains("/boot.js") {
        bail!("the release's server did not serve the app: {page}");
    }
    Ok(())
}
