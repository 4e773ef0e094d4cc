//! An edited claims file updated against an edited article: `update`'s
//! splice either refuses with a line and a reason or writes a file that
//! reads, keeps every editor field, and passes its own verification.
//! The input is split at the first NUL: claims file text, then article.
#![no_main]

use std::path::Path;

use claimcheck::article::Article;
use claimcheck::claims::{self, splice, yaml};
use claimcheck::{extract, revise};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(all) = std::str::from_utf8(data) else {
        return;
    };
    let Some((text, article)) = all.split_once('\0') else {
        return;
    };
    let Ok(old) = yaml::read(Path::new("claims.yaml"), text) else {
        return;
    };
    let Ok(a) = Article::from_str(Path::new("article.txt"), article, None) else {
        return;
    };
    let drafts = extract::drafts(&a.text, &a.sentences, a.published);
    let fresh = claims::build(&a, &drafts, "article.txt");
    let outcome = revise::update(&old, &fresh);
    let Ok(new) = splice::splice(text, &old, &outcome.file) else {
        return;
    };
    if let Err(w) = splice::verify(text, &new, &outcome.file) {
        panic!("splice wrote what it cannot verify: {w}\n{new}");
    }
    let back = yaml::read(Path::new("claims.yaml"), &new)
        .unwrap_or_else(|e| panic!("updated file does not read: {e}\n{new}"));
    assert_eq!(back.claims.len(), outcome.file.claims.len());
    for (b, o) in back.claims.iter().zip(&outcome.file.claims) {
        assert_eq!((&b.verdict, &b.note, &b.sources), (&o.verdict, &o.note, &o.sources));
    }
});
