//! `report` over a desk's archive: 10,000 claims files (about a quarter of a
//! million claims), made from the annotated fixtures with their IDs, quotes
//! and figures varied per file, written to a temporary folder.
//!
//! Times, as medians of a few passes: reading and parsing every file (in
//! parallel), then selecting and summarizing, then rendering JSON and the
//! table. Run with `cargo bench --bench report` (`CLAIMCHECK_BENCH_FILES`
//! sets the number of files).
#![allow(clippy::print_stdout)]

use std::time::{Duration, Instant};

use claimcheck::report::{self, Filter, Sort, formats};

const PASSES: usize = 3;

const TEMPLATES: [&str; 4] = [
    "claims/2022-03-30-lavrov-wang.yaml",
    "tests/fixtures/update/kyiv-refugees.out/claims.yaml",
    "tests/fixtures/update/rail-bill.out/claims.yaml",
    "tests/fixtures/update/kyiv-refugees-v3.out/claims.yaml",
];

fn main() {
    let files: usize = std::env::var("CLAIMCHECK_BENCH_FILES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let dir = tempfile::tempdir().expect("tempdir");
    let templates: Vec<String> = TEMPLATES
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("template"))
        .collect();
    let mut bytes = 0;
    for i in 0..files {
        // Folders of 100 files, like a desk's archive by day.
        let sub = dir.path().join(format!("day-{:03}", i / 100));
        std::fs::create_dir_all(&sub).expect("mkdir");
        let text = vary(&templates[i % templates.len()], i);
        bytes += text.len();
        std::fs::write(sub.join(format!("article-{i}.yaml")), text).expect("write");
    }
    let paths = vec![dir.path().to_path_buf()];
    let (mut load, mut select, mut json, mut table) = (vec![], vec![], vec![], vec![]);
    let mut claims = 0;
    for _ in 0..PASSES {
        let t0 = Instant::now();
        let (loaded, errors) = report::load(&paths);
        assert!(errors.is_empty(), "{:?}", errors.first());
        let t1 = Instant::now();
        let rows = report::select(&loaded, &Filter::default(), Sort::Article);
        let summary = report::summarize(&loaded, &rows);
        let t2 = Instant::now();
        let j = formats::json(&rows, &summary);
        let t3 = Instant::now();
        let t = formats::table(&rows, &summary, false);
        let t4 = Instant::now();
        claims = rows.len();
        std::hint::black_box((j.len(), t.len()));
        load.push(t1 - t0);
        select.push(t2 - t1);
        json.push(t3 - t2);
        table.push(t4 - t3);
    }
    println!(
        "report bench: {files} files, {claims} claims, {:.1} MB of YAML, {} threads, median of {PASSES}",
        bytes as f64 / 1e6,
        rayon::current_num_threads()
    );
    for (name, times) in [
        ("read + parse", &mut load),
        ("select + summary", &mut select),
        ("json", &mut json),
        ("table", &mut table),
    ] {
        println!("  {name:<17} {:>8.2} s", median(times).as_secs_f64());
    }
    let total = median(&mut load) + median(&mut select) + median(&mut json);
    println!("  {:<17} {:>8.2} s", "total (json)", total.as_secs_f64());
}

/// The template with every ID, and every figure in a quote, made unique to
/// file `i`, so no two files are the same text.
fn vary(text: &str, i: usize) -> String {
    text.lines()
        .map(|l| {
            let t = l.trim_start();
            if let Some(id) = t.strip_prefix("- id: ") {
                format!("{}- id: {id}-{i}", &l[..l.len() - t.len()])
            } else if t.starts_with("line: ") {
                format!("{}line: {}", &l[..l.len() - t.len()], 1 + i % 40)
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

fn median(v: &mut [Duration]) -> Duration {
    v.sort();
    v[v.len() / 2]
}
