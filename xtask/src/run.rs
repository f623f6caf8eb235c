//! Running other programs, with errors that say which one failed.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use anyhow::{Context, Result, bail};

use crate::root;

pub fn cargo(args: &[&str]) -> Result<()> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    status(Command::new(cargo).args(args))
}

pub fn status(command: &mut Command) -> Result<()> {
    let shown = show(command);
    let status = command
        .current_dir(root())
        .status()
        .with_context(|| format!("could not start `{shown}`"))?;
    if !status.success() {
        bail!("`{shown}` failed ({status})");
    }
    Ok(())
}

/// What `cargo test` counted, summed over its test binaries.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub passed: u64,
    pub failed: u64,
    pub ignored: u64,
}

/// Runs `cargo test …`, passing its output through, and adds up its result lines.
pub fn cargo_test(args: &[&str], envs: &[(&str, &str)]) -> Result<Counts> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut command = Command::new(cargo);
    command.arg("test").args(args).envs(envs.iter().copied());
    let shown = show(&command);
    let mut child = command
        .current_dir(root())
        .stdout(Stdio::piped())
        .spawn()
        .with_context(|| format!("could not start `{shown}`"))?;
    let mut counts = Counts::default();
    if let Some(stdout) = child.stdout.take() {
        for line in BufReader::new(stdout).lines() {
            let line = line.context("reading cargo test's output")?;
            println!("{line}");
            if let Some(result) = line.strip_prefix("test result: ") {
                counts.passed += count(result, " passed");
                counts.failed += count(result, " failed");
                counts.ignored += count(result, " ignored");
            }
        }
    }
    let status = child.wait().context("waiting for cargo test")?;
    if !status.success() || counts.failed > 0 {
        bail!("`{shown}` failed: {} passed, {} failed", counts.passed, counts.failed);
    }
    Ok(counts)
}

/// The number before `label` in "ok. 12 passed; 0 failed; …".
fn count(result: &str, label: &str) -> u64 {
    result
        .split(';')
        .find_map(|part| part.trim().strip_suffix(label.trim_start()))
        .and_then(|n| n.trim().rsplit(' ').next()?.parse().ok())
        .unwrap_or(0)
}

pub fn found(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn show(command: &Command) -> String {
    let mut text = command.get_program().to_string_lossy().into_owned();
    for arg in command.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}

/// One HTTP/1.1 request to a server started for a check, as the app's own page would send
/// it; returns the whole answer, headers and body.
pub fn http(address: &str, method: &str, path: &str, body: &str) -> std::io::Result<String> {
    request(address, method, path, body, "")
}

/// A GET signed in with the session's `cookie`.
pub fn http_with_cookie(address: &str, path: &str, cookie: &str) -> std::io::Result<String> {
    request(address, "GET", path, "", &format!("Cookie: {cookie}\r\n"))
}

fn request(address: &str, method: &str, path: &str, body: &str, more: &str) -> std::io::Result<String> {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(address)?;
    stream.set_read_timeout(Some(std::time::Duration::from_secs(10)))?;
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: {address}\r\nSec-Fetch-Site: same-origin\r\n{more}\
         Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer)?;
    Ok(answer)
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn counts_are_read_from_a_cargo_test_result_line() {
        let line = "ok. 12 passed; 1 failed; 3 ignored; 0 measured; 0 filtered out; finished in 0.20s";
        assert_eq!(count(line, " passed"), 12);
        assert_eq!(count(line, " failed"), 1);
        assert_eq!(count(line, " ignored"), 3);
    }
}
