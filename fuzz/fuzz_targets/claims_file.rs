//! Any bytes as a claims file: reading and checking it either succeeds or
//! gives problems with a line; neither panics, and a file that reads is
//! written back to a file that reads as the same.
#![no_main]

use std::path::Path;

use chrono::NaiveDate;
use claimcheck::check::check_text;
use claimcheck::claims::yaml;
use claimcheck::verdicts::Config;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let path = Path::new("fuzz.yaml");
    let today = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
    for p in check_text(path, text, &Config::default(), today) {
        assert!(p.line >= 1, "{p:?}");
    }
    if let Ok(file) = yaml::read(path, text) {
        let again = yaml::write(&file, &[]);
        let back = yaml::read(path, &again)
            .unwrap_or_else(|e| panic!("rewritten file does not read: {e}\n{again}"));
        assert_eq!(back, file, "{again}");
    }
});
