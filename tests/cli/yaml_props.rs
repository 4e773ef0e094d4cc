//! Property test of the claims file's YAML: whatever a file holds, writing
//! it and reading it back gives the same file. Editors' text is anything a
//! person can type or paste (quotes, colons, `#`, `null`, leading spaces,
//! line breaks, control characters, right-to-left marks), and the tool's
//! own fields quote article text, which is just as free; one value written
//! so that YAML reads it as another type would silently change a verdict,
//! a note or a figure.

use std::collections::BTreeMap;
use std::path::Path;

use claimcheck::claims::yaml;
use claimcheck::claims::{ArticleInfo, Claim, ClaimsFile, Source, Span};
use claimcheck::extract::ClaimKind;
use proptest::prelude::*;
use serde_json::{Value, json};

const CASES: u32 = 256;

/// Strings YAML reads as something else, or that need quoting or escapes.
const TRICKY: &[&str] = &[
    "",
    " ",
    "null",
    "Null",
    "~",
    "yes",
    "No",
    "on",
    "true",
    "False",
    "1e3",
    "0x1F",
    "0o17",
    "+1",
    "-1",
    ".5",
    "1_000",
    ".inf",
    "-.Inf",
    ".nan",
    "2022-03-30",
    "12:30",
    "- a",
    "-",
    "?",
    "? x",
    "#x",
    "a #b",
    "a: b",
    "a:b",
    "'",
    "\"",
    "''",
    "\\",
    "\n",
    "a\nb",
    "a\n",
    "\n\n",
    " lead",
    "trail ",
    "\t",
    "a\tb",
    "@x",
    "`x",
    "&a",
    "*a",
    "!tag",
    "%x",
    "|",
    ">",
    "[",
    "]",
    "{",
    "}",
    ",",
    "a, b",
    "\u{feff}x",
    "\u{85}",
    "\u{2028}",
    "\u{200f}",
    "\r",
    "a\r\nb",
    "\u{7f}",
    "\u{0}",
    "\u{1b}[31m",
    "---",
    "...",
    "<script>",
    "é",
    "—",
];

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => proptest::sample::select(TRICKY).prop_map(str::to_string),
        3 => any::<String>(),
        2 => proptest::collection::vec(proptest::sample::select(TRICKY), 1..4)
            .prop_map(|parts| parts.concat()),
        2 => "[a-zA-Z0-9 .,:#'\"-]{0,30}",
    ]
}

fn opt_text() -> impl Strategy<Value = Option<String>> {
    proptest::option::of(text())
}

fn number() -> impl Strategy<Value = Value> {
    prop_oneof![
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        (0u32..1_000_000, 0u32..4)
            .prop_map(|(n, d)| Value::from(f64::from(n) / 10f64.powi(d as i32))),
    ]
}

fn value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        number(),
        text().prop_map(Value::from),
        (number(), number()).prop_map(|(a, b)| json!({"min": a, "max": b})),
        (0u32..400, 0u32..400, proptest::option::of(text()))
            .prop_map(|(y, n, actor)| json!({"for": y, "against": n, "actor": actor})),
        any::<bool>().prop_map(Value::from),
    ]
}

fn kind() -> impl Strategy<Value = ClaimKind> {
    proptest::sample::select(ClaimKind::ALL.to_vec())
}

/// Keys the tool does not know; editors add them and they must survive.
fn extra() -> impl Strategy<Value = BTreeMap<String, Value>> {
    proptest::collection::btree_map("x_[a-z]{1,6}", value(), 0..2)
}

fn source() -> impl Strategy<Value = Source> {
    (opt_text(), opt_text(), opt_text(), extra()).prop_map(|(url, citation, note, extra)| Source {
        url,
        citation,
        note,
        extra,
    })
}

fn claim() -> impl Strategy<Value = Claim> {
    let tool = (
        text(),
        kind(),
        text(),
        text(),
        1usize..100_000,
        value(),
        proptest::option::of((text(), text())),
        (opt_text(), opt_text(), opt_text(), opt_text(), opt_text()),
    );
    let editor = (
        text(),
        proptest::collection::vec(source(), 0..3),
        opt_text(),
        opt_text(),
        opt_text(),
        extra(),
    );
    (tool, editor).prop_map(
        |(
            (
                id,
                kind,
                quote,
                sentence,
                line,
                value,
                relative,
                (unit, currency, qualifier, subject, src),
            ),
            (verdict, sources, reviewer, reviewed, note, extra),
        )| Claim {
            id,
            kind,
            quote,
            sentence,
            line,
            value,
            relative: relative.map(|(offset, anchor)| Span {
                offset,
                anchor,
                extra: BTreeMap::new(),
            }),
            unit,
            currency,
            qualifier,
            subject,
            source: src,
            removed_in: None,
            verdict,
            sources,
            reviewer,
            reviewed,
            note,
            history: Vec::new(),
            extra,
        },
    )
}

fn file() -> impl Strategy<Value = ClaimsFile> {
    (
        text(),
        opt_text(),
        opt_text(),
        1u32..50,
        proptest::collection::vec(claim(), 0..4),
        extra(),
    )
        .prop_map(|(name, title, url, revision, claims, extra)| ClaimsFile {
            format: "claimcheck/1".into(),
            article: ArticleInfo {
                file: name,
                published: Some("2024-05-01".into()),
                title,
                url,
                text: None,
                revision,
                sha256: "0".repeat(64),
                extra: BTreeMap::new(),
            },
            claims,
            extra,
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: crate::support::proptest_cases(CASES), ..ProptestConfig::default() })]

    #[test]
    fn a_written_file_reads_back_the_same(f in file(), comments in proptest::collection::vec(text(), 0..2)) {
        let written = yaml::write(&f, &comments);
        let read = yaml::read(Path::new("props.yaml"), &written);
        prop_assert!(read.is_ok(), "does not read back: {:?}\n{written}", read.err());
        let read = read.unwrap_or_else(|_| unreachable!());
        prop_assert_eq!(&read, &f, "\n{}", written);
    }
}
