//! Throughput of the whole `extract` pipeline on news copy: loading and
//! normalizing, sentences, mentions and claims, then the YAML file.
//!
//! A bench binary rather than criterion: the figure that matters is MB/s on a
//! large article set, which a few timed passes give without another crate.
//! Run with `cargo bench --bench throughput` (`CLAIMCHECK_BENCH_MB` sets the
//! input size, default 16). The text is the gold articles of
//! `tests/fixtures/gold/`, repeated with their figures redrawn.
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
    if let Ok(article) = Article::from_bytes(path, text.as_bytes(), None) {
        stages(&article);
    }
}

/// Time spent in each layer of `extract::drafts`, so a profile's findings
/// can be checked against wall time (one pass, the same text).
fn stages(article: &Article) {
    use claimcheck::extract::{attribution, counts, dates, quantities, tokens, votes};
    let t0 = Instant::now();
    let t = tokens::Tokens::new(&article.text);
    let t1 = Instant::now();
    let attrs = attribution::per_sentence(&t, &article.sentences);
    let t2 = Instant::now();
    let mentions = quantities::mentions(&t);
    let t3 = Instant::now();
    let figures = counts::drafts(&t, &mentions, &article.sentences, &attrs);
    let t4 = Instant::now();
    let dated = dates::mentions(&t, article.published);
    let t5 = Instant::now();
    let dated = dates::anchors::merge_appositives(&t, dated);
    let when = dates::claims::drafts(&t, &dated, &article.sentences, &attrs, &figures);
    let t6 = Instant::now();
    let records = votes::claims::drafts(&t, &article.sentences, &attrs);
    let t7 = Instant::now();
    std::hint::black_box((figures, when, records));
    println!("  one pass by layer:");
    for (stage, d) in [
        ("tokens", t1 - t0),
        ("attribution", t2 - t1),
        ("quantities", t3 - t2),
        ("counts", t4 - t3),
        ("date mentions", t5 - t4),
        ("date claims", t6 - t5),
        ("votes", t7 - t6),
    ] {
        println!("    {stage:<14} {:>8.1} ms", d.as_secs_f64() * 1e3);
    }
}

/// The gold articles joined and repeated up to `bytes`, each copy with its
/// figures changed, so that no repetition can be served from a cache and the
/// numbers, dates and tallies vary the way a day's copy does. The generator is
/// seeded, so every run measures the same text.
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
    let mut rng = XorShift(0x9e37_79b9_7f4a_7c15);
    let mut text = String::with_capacity(bytes + one.len());
    // The first copy stays as written: its header dates the whole text.
    text.push_str(&one);
    text.push_str("\n\n");
    while text.len() < bytes {
        vary_figures(&one, &mut rng, &mut text);
        text.push_str("\n\n");
    }
    text
}

/// Copies `src` into `out` with every run of digits redrawn: years stay
/// plausible years (19xx/20xx, decade 0 to 2), other figures keep their
/// length and a leading non-zero digit stays non-zero.
fn vary_figures(src: &str, rng: &mut XorShift, out: &mut String) {
    let bytes = src.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            let next = bytes[i..]
                .iter()
                .position(u8::is_ascii_digit)
                .map_or(bytes.len(), |n| i + n);
            out.push_str(&src[i..next]);
            i = next;
            continue;
        }
        let end = bytes[i..]
            .iter()
            .position(|b| !b.is_ascii_digit())
            .map_or(bytes.len(), |n| i + n);
        let run = &bytes[i..end];
        let is_year = run.len() == 4 && (run.starts_with(b"19") || run.starts_with(b"20"));
        for (k, &d) in run.iter().enumerate() {
            let keep = is_year && k < 2;
            let c = if keep {
                d
            } else if is_year && k == 2 {
                b'0' + (rng.next() % 3) as u8
            } else if k == 0 && d != b'0' {
                b'1' + (rng.next() % 9) as u8
            } else {
                b'0' + (rng.next() % 10) as u8
            };
            out.push(c as char);
        }
        i = end;
    }
}

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn median(times: &[Duration]) -> Duration {
    let mut v = times.to_vec();
    v.sort();
    v[v.len() / 2]
}
