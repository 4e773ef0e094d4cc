//! Throughput of `extract --into DIR FOLDER` over many articles: the walk,
//! the naming plan, parallel extraction and the files written, with rayon
//! on one thread and on all of them.
//!
//! The batch code lives in the binary (`src/cmd/batch/`), so this bench
//! includes the binary's modules the way `main.rs` does and calls the same
//! `run` in-process, inside a rayon pool of the size measured.
//!
//! The articles are the gold articles of `tests/fixtures/gold/` with every
//! figure in the body shifted by a per-article amount, so no two articles
//! are the same text. Run with `cargo bench --bench batch`
//! (`CLAIMCHECK_BENCH_ARTICLES` sets how many, default 2,000).
#![allow(clippy::print_stdout, clippy::print_stderr, dead_code)]

#[path = "../src/cli.rs"]
mod cli;
#[path = "../src/cmd/mod.rs"]
mod cmd;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use clap::Parser;

fn main() {
    let n: usize = std::env::var("CLAIMCHECK_BENCH_ARTICLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2_000);
    cmd::log::init(cmd::log::Level::Quiet, cli::ColorWhen::Never);
    let tmp = tempfile::tempdir().unwrap_or_else(|e| fail(&format!("temp dir: {e}")));
    let input = tmp.path().join("articles");
    let bytes = generate(&input, n);
    let mb = bytes as f64 / f64::from(1 << 20);
    println!("{n} articles, {mb:.1} MB");
    let all = std::thread::available_parallelism().map_or(1, usize::from);
    let mut threads = vec![1];
    if all > 1 {
        threads.push(all);
    }
    for t in threads {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(t)
            .build()
            .unwrap_or_else(|e| fail(&format!("thread pool: {e}")));
        let out = tmp.path().join(format!("claims-{t}"));
        let first = pool.install(|| time(&input, &out));
        let again = pool.install(|| time(&input, &out));
        for (what, d) in [("extract", first), ("rerun (all skipped)", again)] {
            let s = d.as_secs_f64();
            println!(
                "  {t} thread{} {what:<20} {:>8.2} s {:>8.0} articles/s {:>7.1} MB/s",
                if t == 1 { " " } else { "s" },
                s,
                n as f64 / s,
                mb / s
            );
        }
    }
}

/// One `extract -q --into out input` run.
fn time(input: &Path, out: &Path) -> Duration {
    let argv = [
        "claimcheck",
        "-q",
        "extract",
        "--into",
        &out.to_string_lossy(),
        &input.to_string_lossy(),
    ]
    .map(|s| s.to_string());
    let parsed = cli::Cli::parse_from(argv);
    let cli::Command::Extract(args) = &parsed.command else {
        fail("not an extract command");
    };
    let start = Instant::now();
    let code = cmd::batch::run(args, out).unwrap_or_else(|e| fail(&format!("{e:#}")));
    let took = start.elapsed();
    if code != 0 {
        fail(&format!("batch exited {code}"));
    }
    took
}

/// Writes `n` articles into `dir`, 100 to a folder, and returns their size.
fn generate(dir: &Path, n: usize) -> usize {
    let gold = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/gold");
    let mut sources: Vec<PathBuf> = std::fs::read_dir(&gold)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "md"))
        .collect();
    sources.sort();
    let texts: Vec<(String, String)> = sources
        .iter()
        .filter_map(|p| {
            let ext = p.extension()?.to_string_lossy().into_owned();
            Some((ext, std::fs::read_to_string(p).ok()?))
        })
        .collect();
    if texts.is_empty() {
        fail(&format!("no articles in {}", gold.display()));
    }
    let mut bytes = 0;
    for i in 0..n {
        let (ext, text) = &texts[i % texts.len()];
        let text = vary(text, i / texts.len() + 1);
        let folder = dir.join(format!("{:03}", i / 100));
        let path = folder.join(format!("article-{i:05}.{ext}"));
        std::fs::create_dir_all(&folder).unwrap_or_else(|e| fail(&format!("mkdir: {e}")));
        std::fs::write(&path, &text).unwrap_or_else(|e| fail(&format!("write: {e}")));
        bytes += text.len();
    }
    bytes
}

/// `text` with every figure of the body (a run of digits without a leading
/// zero, not a year) raised by `by`; the header or front matter, which holds
/// the publication date, is left alone.
fn vary(text: &str, by: usize) -> String {
    let body_start = if let Some(rest) = text.strip_prefix("---\n") {
        rest.find("\n---\n").map_or(0, |i| i + 4 + 5)
    } else if let Some(i) = text.find("date ").filter(|i| text[..*i].trim().is_empty()) {
        // `date YYYY-MM-DD` may share its line with the first sentence.
        (i + "date 2022-03-30".len()).min(text.len())
    } else {
        0
    };
    let (head, body) = text.split_at(body_start);
    let mut out = String::with_capacity(text.len() + 64);
    out.push_str(head);
    let mut digits = String::new();
    let flush = |digits: &mut String, out: &mut String| {
        if digits.is_empty() {
            return;
        }
        let year = digits.len() == 4 && (digits.starts_with("19") || digits.starts_with("20"));
        match digits.parse::<usize>() {
            Ok(v) if !digits.starts_with('0') && !year && digits.len() <= 9 => {
                out.push_str(&(v + by).to_string());
            }
            _ => out.push_str(digits),
        }
        digits.clear();
    };
    for c in body.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else {
            flush(&mut digits, &mut out);
            out.push(c);
        }
    }
    flush(&mut digits, &mut out);
    out
}

fn fail(msg: &str) -> ! {
    eprintln!("bench: {msg}");
    std::process::exit(2);
}
