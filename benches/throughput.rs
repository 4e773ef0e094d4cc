//! Throughput of the whole `extract` pipeline on news copy: loading and
//! normalizing, sentences, mentions and claims, then the YAML file.
//!
//! A bench binary rather than criterion: the figure that matters is MB/s on a
//! large article set, which a few timed passes give without another crate.
//! Run with `cargo bench --bench throughput` (`CLAIMCHECK_BENCH_MB` sets the
//! input size, default 16). The text is the gold articles of
//! `tests/fixtures/gold/`, repeated.
#![allow(clippy::print_stdout)]

use std::path::Path;
use std::time::{Duration, Instant};

use claimcheck::article::Article;
use claimcheck::{claims, extract};

const PASSES: usize = 5;

fn main() {
    let mb: usize = std::env::var("CLAIMCHECK_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(16);
    let text = corpus(mb << 20);
    let path = Path::new("bench.txt");
    let mut load = Vec::new();
    let mut find = Vec::new();
    let mut write = Vec::new();
    let mut claims_found = 0;
    for _ in 0..PASSES {
        let t0 = Instant::now();
        let article = match Article::from_bytes(path, text.as_bytes(), None) {
            Ok(a) => a,
            Err(e) => {
                println!("bench input does not load: {e}");
                std::process::exit(2);
            }
        };
        let t1 = Instant::now();
        let drafts = extract::drafts(&article.text, &article.sentences, article.published);
        let t2 = Instant::now();
        let file = claims::build(&article, &drafts, "bench.txt");
        let yaml = claims::yaml::write(&file, &[]);
        let t3 = Instant::now();
        claims_found = file.claims.len();
        std::hint::black_box(yaml);
        load.push(t1 - t0);
        find.push(t2 - t1);
        write.push(t3 - t2);
    }
    let total: Vec<Duration> = (0..PASSES).map(|i| load[i] + find[i] + write[i]).collect();
    let size = text.len() as f64 / (1 << 20) as f64;
    println!("input {size:.1} MB, {claims_found} claims, median of {PASSES} passes");
    for (stage, times) in [
        ("load+sentences", &load),
        ("mentions+claims", &find),
        ("ids+yaml", &write),
        ("total", &total),
    ] {
        let m = median(times);
        println!(
            "  {stage:<16} {:>8.1} ms  {:>7.1} MB/s",
            m.as_secs_f64() * 1e3,
            size / m.as_secs_f64()
        );
    }
}

/// The gold articles joined and repeated up to `bytes`.
fn corpus(bytes: usize) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/gold");
    let mut parts: Vec<String> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    parts.sort();
    let one = parts.join("\n\n");
    if one.is_empty() {
        println!("no articles in {}", dir.display());
        std::process::exit(2);
    }
    let mut text = String::with_capacity(bytes + one.len());
    while text.len() < bytes {
        text.push_str(&one);
        text.push_str("\n\n");
    }
    text
}

fn median(times: &[Duration]) -> Duration {
    let mut v = times.to_vec();
    v.sort();
    v[v.len() / 2]
}
