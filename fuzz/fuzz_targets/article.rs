//! Any bytes as an article (text, Markdown or HTML): loading either refuses
//! with an error or gives text whose claims lie on character boundaries,
//! and the claims file made from them reads back as the same file.
#![no_main]

use std::path::Path;

use claimcheck::article::Article;
use claimcheck::{claims, extract};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(article) = Article::from_bytes(Path::new("fuzz.txt"), data, None) else {
        return;
    };
    let text = &article.text;
    let drafts = extract::drafts(text, &article.sentences, article.published);
    for d in &drafts {
        assert!(d.quote.end <= text.len() && d.quote.start <= d.quote.end);
        assert!(text.is_char_boundary(d.quote.start) && text.is_char_boundary(d.quote.end));
        assert!(d.sentence.start <= d.quote.start && d.quote.end <= d.sentence.end);
    }
    let file = claims::build(&article, &drafts, "fuzz.txt");
    let yaml = claims::yaml::write(&file, &["fuzz".to_string()]);
    let back = claims::yaml::read(Path::new("fuzz.yaml"), &yaml)
        .unwrap_or_else(|e| panic!("the tool's own file does not read back: {e}\n{yaml}"));
    assert_eq!(back, file, "{yaml}");
});
