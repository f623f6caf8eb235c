//! `cargo xtask dist`: the frontend, built to WebAssembly, bound with wasm-bindgen (as a
//! library, at exactly the version the frontend links), shrunk with wasm-opt, and copied
//! with brotli and gzip versions into `dist/`.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};
use wasm_bindgen_cli_support::Bindgen;

use crate::{root, run};

/// rust-toolchain.toml names the WebAssembly target, but rustup adds it only when it
/// installs the toolchain: a machine that already had Rust lacks it.
fn add_wasm_target() -> Result<()> {
    let installed = Command::new("rustup").args(["target", "list", "--installed"]).output();
    match installed {
        Ok(out) if String::from_utf8_lossy(&out.stdout).contains("wasm32-unknown-unknown") => Ok(()),
        Ok(_) => {
            println!("xtask: adding the wasm32-unknown-unknown target (rustup target add wasm32-unknown-unknown)");
            run::status(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
        }
        // Without rustup, cargo says itself what is missing.
        Err(_) => Ok(()),
    }
}

/// The files a first visit downloads, with their brotli sizes.
pub struct Report {
    pub files: Vec<(String, u64)>,
}

impl Report {
    pub fn total(&self) -> u64 {
        self.files.iter().map(|(_, size)| size).sum()
    }
}

pub fn build() -> Result<Report> {
    check_bindgen_version()?;
    add_wasm_target()?;
    run::cargo(&[
        "build",
        "-p",
        "frontend",
        "--target",
        "wasm32-unknown-unknown",
        "--profile",
        "wasm-release",
    ])?;
    let staging = root().join("target/dist-staging");
    if staging.exists() {
        fs::remove_dir_all(&staging).context("clearing target/dist-staging")?;
    }
    Bindgen::new()
        .input_path(root().join("target/wasm32-unknown-unknown/wasm-release/frontend.wasm"))
        .out_name("frontend")
        .web(true)?
        .typescript(false)
        .generate(&staging)
        .context("wasm-bindgen")?;
    shrink(&staging.join("frontend_bg.wasm"))?;

    let dist = root().join("dist");
    if dist.exists() {
        fs::remove_dir_all(&dist).context("clearing dist/")?;
    }
    copy_tree(&staging, &dist)?;
    copy_tree(&root().join("frontend/public"), &dist)?;
    let mut report = Report { files: Vec::new() };
    for file in files_in(&dist)? {
        let brotli_size = precompress(&file)?;
        let name = file.strip_prefix(&dist).unwrap_or(&file).display().to_string();
        report.files.push((name, brotli_size));
    }
    report.files.sort();
    // Other languages' messages, fetched only by someone who chooses one (British
    // English is built into the app): not part of a first visit.
    let locales = dist.join("locales");
    fs::create_dir_all(&locales)?;
    for folder in fs::read_dir(root().join("locales"))? {
        let folder = folder?.path();
        let tag = folder.file_name().unwrap_or_default().to_string_lossy().into_owned();
        let source = folder.join("main.ftl");
        if tag != "en-GB" && source.is_file() {
            let target = locales.join(format!("{tag}.ftl"));
            fs::copy(&source, &target).with_context(|| format!("copying {}", source.display()))?;
            precompress(&target)?;
        }
    }
    println!("dist/ is built. What a first visit downloads after the page has painted, for the app (brotli):");
    for (name, size) in &report.files {
        println!("  {:>9}  {name}", kilobytes(*size));
    }
    println!("  {:>9}  in all", kilobytes(report.total()));
    Ok(report)
}

/// wasm-bindgen's library and the `wasm-bindgen` the frontend links must be the same
/// version, or the generated glue does not fit the WebAssembly.
fn check_bindgen_version() -> Result<()> {
    let lock = fs::read_to_string(root().join("Cargo.lock")).context("reading Cargo.lock")?;
    let versions_of = |name: &str| -> Vec<String> {
        lock.split("[[package]]")
            .filter(|block| block.contains(&format!("\nname = \"{name}\"\n")))
            .filter_map(|block| {
                block
                    .split("\nversion = \"")
                    .nth(1)?
                    .split('"')
                    .next()
                    .map(str::to_owned)
            })
            .collect()
    };
    let linked = versions_of("wasm-bindgen");
    let library = versions_of("wasm-bindgen-cli-support");
    if linked.len() != 1 || library.len() != 1 || linked != library {
        bail!(
            "Cargo.lock has wasm-bindgen {linked:?} but wasm-bindgen-cli-support {library:?}: they must be one and the same version. \
             Pin both with \"=\" to the same version (frontend/Cargo.toml and xtask/Cargo.toml)"
        );
    }
    Ok(())
}

/// `wasm-opt -Oz` from the npm package `binaryen` (Debian's is too old for
/// wasm-bindgen's output). Without Node.js the build goes on, larger, with a warning.
fn shrink(wasm: &Path) -> Result<()> {
    if !run::found("npm") {
        eprintln!("warning: npm is missing, so the frontend is not shrunk with wasm-opt (install Node.js 20 and npm)");
        return Ok(());
    }
    npm_ci()?;
    let before = fs::metadata(wasm)?.len();
    run::status(
        Command::new(root().join("node_modules/.bin/wasm-opt"))
            .arg("-Oz")
            .args([
                "--enable-bulk-memory",
                "--enable-nontrapping-float-to-int",
                "--enable-sign-ext",
                "--enable-reference-types",
                "--enable-multivalue",
                "--enable-mutable-globals",
            ])
            .arg(wasm)
            .arg("-o")
            .arg(wasm),
    )?;
    let after = fs::metadata(wasm)?.len();
    println!("wasm-opt: {} → {}", kilobytes(before), kilobytes(after));
    Ok(())
}

/// Installs the npm tools exactly as package-lock.json says, unless that is already done.
pub fn npm_ci() -> Result<()> {
    let installed = root().join("node_modules/.package-lock.json");
    let wanted = root().join("package-lock.json");
    let fresh = match (fs::metadata(&installed), fs::metadata(&wanted)) {
        (Ok(have), Ok(want)) => have.modified()? >= want.modified()?,
        _ => false,
    };
    if !fresh {
        if !run::found("npm") {
            bail!("npm is missing: install Node.js 20 and npm (on Debian: apt-get install nodejs npm)");
        }
        run::status(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]))?;
    }
    Ok(())
}

fn copy_tree(from: &Path, to: &Path) -> Result<()> {
    for file in files_in(from)? {
        let target = to.join(file.strip_prefix(from)?);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::copy(&file, &target).with_context(|| format!("copying {}", file.display()))?;
    }
    Ok(())
}

fn files_in(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        let path = entry?.path();
        if path.is_dir() {
            files.extend(files_in(&path)?);
        } else {
            files.push(path);
        }
    }
    Ok(files)
}

/// Writes `FILE.br` and `FILE.gz` beside the file; returns the brotli size.
fn precompress(file: &Path) -> Result<u64> {
    let bytes = fs::read(file)?;
    let with_suffix = |suffix: &str| PathBuf::from(format!("{}.{suffix}", file.display()));

    let mut brotli = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut brotli, 4096, 11, 22);
        writer.write_all(&bytes)?;
    }
    fs::write(with_suffix("br"), &brotli)?;

    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gzip.write_all(&bytes)?;
    fs::write(with_suffix("gz"), gzip.finish()?)?;
    Ok(brotli.len() as u64)
}

fn kilobytes(bytes: u64) -> String {
    format!("{:.1} KB", bytes as f64 / 1000.0)
}
