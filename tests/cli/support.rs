//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The `claimcheck` binary built for this test run.
pub fn claimcheck() -> Command {
    Command::new(env!("CARGO_BIN_EXE_claimcheck"))
}

/// The crate root, where `examples/` lives.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub const EXAMPLE: &str = "examples/articles/2022-03-30-lavrov-wang.txt";

pub fn example() -> PathBuf {
    root().join(EXAMPLE)
}

/// Runs the command, asserts its exit code, returns (stdout, stderr).
pub fn run(cmd: &mut Command, code: i32) -> (String, String) {
    let out = cmd.output().expect("claimcheck runs");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(
        out.status.code(),
        Some(code),
        "exit code\nstdout:\n{stdout}\nstderr:\n{stderr}"
    );
    (stdout, stderr)
}

pub fn write(dir: &Path, name: &str, text: impl AsRef<[u8]>) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).expect("write fixture");
    p
}
