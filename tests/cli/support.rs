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

/// The peer test suites: `CLAIMCHECK_PEER_SPECS`, or `../shared/peer-specs`.
pub fn peer_specs() -> PathBuf {
    std::env::var_os("CLAIMCHECK_PEER_SPECS")
        .map_or_else(|| root().join("../shared/peer-specs"), PathBuf::from)
}

/// Whether the peer suites are there; when they are not, the conformance
/// tests skip unless `CLAIMCHECK_REQUIRE_PEER_SPECS=1` makes them mandatory.
pub fn peer_specs_present(dir: &Path) -> bool {
    if dir.is_dir() {
        return true;
    }
    assert!(
        std::env::var("CLAIMCHECK_REQUIRE_PEER_SPECS").as_deref() != Ok("1"),
        "{} not found and CLAIMCHECK_REQUIRE_PEER_SPECS=1",
        dir.display()
    );
    false
}

/// The cases of one peer-spec file.
pub fn read_cases(path: &Path) -> Vec<serde_json::Value> {
    let data = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    data.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("peer-spec line is JSON"))
        .collect()
}

/// Runs every case through one `scan --jsonl` process: one output object
/// per case, in order.
pub fn scan_jsonl(cases: &[serde_json::Value]) -> Vec<serde_json::Value> {
    use std::io::{BufRead, BufReader, Write};
    use std::process::Stdio;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["scan", "--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("claimcheck scan --jsonl starts");
    let mut stdin = child.stdin.take().expect("stdin");
    let lines: Vec<String> = cases
        .iter()
        .map(|c| serde_json::json!({"input": c["input"], "reference": c["reference"]}).to_string())
        .collect();
    let writer = std::thread::spawn(move || {
        for l in lines {
            writeln!(stdin, "{l}").expect("write to scan");
        }
    });
    let stdout = BufReader::new(child.stdout.take().expect("stdout"));
    let out: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(&l.expect("read scan output")).expect("scan prints JSON"))
        .collect();
    writer.join().expect("writer thread");
    assert!(child.wait().expect("scan exits").success(), "scan failed");
    assert_eq!(out.len(), cases.len(), "one output line per case");
    out
}

/// One suite's pass rate on its applicable cases, with the reasons cases
/// were set aside, as both conformance tests print and assert it.
#[derive(Debug, Default)]
pub struct Rates {
    pub passed: u32,
    pub applicable: u32,
    pub not_applicable: u32,
    reasons: Vec<(&'static str, u32)>,
}

impl Rates {
    pub fn pass(&mut self) {
        self.passed += 1;
        self.applicable += 1;
    }

    pub fn fail(&mut self) {
        self.applicable += 1;
    }

    pub fn set_aside(&mut self, why: &'static str) {
        self.not_applicable += 1;
        match self.reasons.iter_mut().find(|r| r.0 == why) {
            Some(r) => r.1 += 1,
            None => self.reasons.push((why, 1)),
        }
    }

    pub fn rate(&self) -> f64 {
        if self.applicable == 0 {
            100.0
        } else {
            100.0 * f64::from(self.passed) / f64::from(self.applicable)
        }
    }

    /// Prints the suite's lines (`extra` goes between the rate and the
    /// reasons) and records it in `below` when it fell under `floor`.
    #[allow(clippy::print_stdout)]
    pub fn report(&self, name: &str, floor: f64, extra: Option<String>, below: &mut Vec<String>) {
        let rate = self.rate();
        println!(
            "{name}: {}/{} ({rate:.1}%), {} not applicable",
            self.passed, self.applicable, self.not_applicable
        );
        if let Some(line) = extra {
            println!("    {line}");
        }
        for (why, n) in &self.reasons {
            println!("    not applicable: {n} x {why}");
        }
        if rate < floor {
            below.push(format!("{name}: {rate:.1}% < floor {floor}%"));
        }
    }
}

/// How many cases a property test runs: `default`, or `PROPTEST_CASES` for
/// a longer hunt.
pub fn proptest_cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default)
}
