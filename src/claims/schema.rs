//! The JSON Schema of the `claimcheck/1` claims file, for editors' tools.
//!
//! The schema is derived from the Rust types of [`super::model`] with
//! schemars (1.x: the maintained, serde-aware derive; it reads our
//! `#[serde]` attributes, so a renamed, defaulted or flattened field
//! changes the schema with it and the two cannot drift). Doc comments on
//! the model's fields become the `description`s editors see on hover.
//!
//! Choices, and why:
//! - JSON Schema draft-07. yaml-language-server (VS Code's YAML extension)
//!   and most editors' validators support it fully; newer drafts only in
//!   part, and draft-07 expresses everything this format needs.
//! - Lenient where editors are free: unknown fields are allowed at every
//!   level (`desk_priority: high`), and `verdict` is any string, with the
//!   default scale offered as `examples` (completion, not a restriction),
//!   because desks have their own scales. `claimcheck check` knows the
//!   desk's scale and does the rest.
//! - Strict where a typo would mislead: tool fields have their types,
//!   `value` is one of the shapes extraction writes, dates are `YYYY-MM-DD`.
//!
//! `value` is a `serde_json::Value` in the model (extraction writes several
//! shapes into it), so its schema is written here; the tests below build
//! every shape from the extraction types and validate it, so a new shape or
//! a new vote key fails a test instead of drifting.

use std::path::Path;

use schemars::generate::SchemaSettings;
use schemars::{Schema, SchemaGenerator, json_schema};

use super::model::ClaimsFile;
use crate::files::{WriteError, write_atomic};

/// The schema file `extract` keeps beside the claims files it writes.
pub const FILE_NAME: &str = "claimcheck.schema.json";

/// The default verdict scale (PRODUCT.md), offered to editors as completions.
/// Kept here so the file model does not depend on the desk's scale; a test
/// holds it equal to `verdicts::Scale::default()`.
pub const DEFAULT_VERDICTS: [&str; 7] = [
    "unreviewed",
    "accurate",
    "mostly-accurate",
    "misleading",
    "inaccurate",
    "unverifiable",
    "needs-recheck",
];

/// The schema as a JSON value, `$schema`, `title` and `description` first
/// so a person opening the file sees what it is.
pub fn claims_file() -> serde_json::Value {
    let schema = SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<ClaimsFile>()
        .to_value();
    let serde_json::Value::Object(mut rest) = schema else {
        return schema;
    };
    let mut out = serde_json::Map::new();
    for key in ["$schema", "title", "description"] {
        if let Some(v) = rest.shift_remove(key) {
            out.insert(key.to_string(), v);
        }
    }
    out.append(&mut rest);
    serde_json::Value::Object(out)
}

/// The schema as the text `claimcheck schema` prints and `extract` writes:
/// pretty, with a final newline, the same bytes on every run.
pub fn text() -> String {
    let mut s = serde_json::to_string_pretty(&claims_file()).unwrap_or_default();
    s.push('\n');
    s
}

/// The comment (without `# `) that makes yaml-language-server validate a
/// claims file against the schema file beside it. The path is relative to
/// the claims file, which is how yaml-language-server resolves it.
pub fn modeline() -> String {
    format!("yaml-language-server: $schema=./{FILE_NAME}")
}

/// Writes the schema file into `dir` unless an identical one is there; an
/// older one (from an earlier claimcheck) is replaced, atomically. Returns
/// whether it wrote.
pub fn write_beside(dir: &Path) -> Result<bool, WriteError> {
    let path = dir.join(FILE_NAME);
    let text = text();
    if std::fs::read(&path).is_ok_and(|old| old == text.as_bytes()) {
        return Ok(false);
    }
    write_atomic(&path, text.as_bytes(), true)?;
    Ok(true)
}

/// `value`: what extraction writes for each kind of claim. Its description
/// is the model field's doc comment.
pub(super) fn value(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "anyOf": [
            { "type": "number" },
            {
                "type": "object",
                "required": ["min", "max"],
                "properties": {
                    "min": { "type": "number" },
                    "max": { "type": "number" }
                }
            },
            {
                "type": "string",
                "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?|s)?$"
            },
            { "type": "null" },
            vote()
        ]
    })
}

/// A vote record: the keys extraction writes when the article states them.
/// At least one must be there, so a stray map (`{min: 1}`) is not a vote.
fn vote() -> serde_json::Value {
    let count = |d: &str| serde_json::json!({ "type": "integer", "minimum": 0, "description": d });
    let keys = [
        ("for", count("Votes in favour.")),
        ("against", count("Votes against.")),
        ("abstain", count("Abstentions.")),
        (
            "unanimous",
            serde_json::json!({ "type": "boolean", "description": "Every member present voted for." }),
        ),
        (
            "without_vote",
            serde_json::json!({ "type": "boolean", "description": "Adopted without a vote, by consensus." }),
        ),
        (
            "actor",
            serde_json::json!({ "type": "string", "description": "Who voted (China)." }),
        ),
        (
            "position",
            serde_json::json!({ "enum": ["for", "against", "abstained", "vetoed"], "description": "How the actor voted." }),
        ),
        (
            "times",
            serde_json::json!({ "type": "integer", "minimum": 1, "description": "How many times (twice: 2)." }),
        ),
        (
            "body",
            serde_json::json!({ "type": "string", "description": "Where the vote was held (UN General Assembly)." }),
        ),
    ];
    let any_key: Vec<serde_json::Value> = keys
        .iter()
        .map(|(k, _)| serde_json::json!({ "required": [k] }))
        .collect();
    let properties: serde_json::Map<String, serde_json::Value> =
        keys.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
    serde_json::json!({
        "type": "object",
        "properties": properties,
        "anyOf": any_key
    })
}

/// `verdict`: the default scale as completions, without restricting it; and
/// booleans too, because scales with verdicts named `true` and `false` exist
/// (`verdict: false` is a YAML boolean, which the reader takes as the name).
pub(super) fn verdict(schema: &mut Schema) {
    schema.insert("type".to_string(), serde_json::json!(["string", "boolean"]));
    schema.insert("examples".to_string(), DEFAULT_VERDICTS.into());
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use serde_json::json;

    use super::*;
    use crate::extract::Amount;
    use crate::extract::dates::When;
    use crate::extract::votes::{Position, Vote};

    fn value_validator() -> jsonschema::Validator {
        let schema = value(&mut SchemaGenerator::default());
        jsonschema::draft7::new(schema.as_value()).expect("value schema compiles")
    }

    fn valid(v: &jsonschema::Validator, x: &serde_json::Value) -> bool {
        v.is_valid(x)
    }

    #[test]
    fn every_value_extraction_writes_is_valid() {
        let v = value_validator();
        let mut shapes = vec![
            serde_json::to_value(Amount::Exact(4_000_000.0)),
            serde_json::to_value(Amount::Exact(2.9)),
            serde_json::to_value(Amount::Range {
                min: 10.0,
                max: 15.0,
            }),
            serde_json::to_value(Option::<When>::None),
            serde_json::to_value(When::Month {
                year: 2022,
                month: 2,
            }),
            serde_json::to_value(When::Year(2021)),
            serde_json::to_value(When::Decade(1990)),
        ];
        if let Some(day) = NaiveDate::from_ymd_opt(2022, 3, 30) {
            shapes.push(serde_json::to_value(When::Day(day)));
        }
        // Every field set, in a struct literal: a new field fails to compile
        // here, and its key fails the check below until the schema has it.
        for position in [
            Position::For,
            Position::Against,
            Position::Abstained,
            Position::Vetoed,
        ] {
            shapes.push(serde_json::to_value(Vote {
                yes: Some(141),
                against: Some(5),
                abstain: Some(35),
                unanimous: true,
                without_vote: true,
                actor: Some("China".to_string()),
                position: Some(position),
                times: Some(2),
                body: Some("UN General Assembly".to_string()),
            }));
        }
        let schema = value(&mut SchemaGenerator::default()).to_value();
        let vote_keys = &schema["anyOf"][4]["properties"];
        for shape in shapes {
            let shape = shape.expect("serializes");
            assert!(valid(&v, &shape), "{shape}");
            if let Some(map) = shape.as_object().filter(|m| !m.contains_key("min")) {
                for key in map.keys() {
                    assert!(vote_keys.get(key).is_some(), "vote key {key} not in schema");
                }
            }
        }
    }

    #[test]
    fn wrong_values_are_invalid() {
        let v = value_validator();
        for bad in [
            json!("lots"),
            json!("30 March"),
            json!({}),
            json!({"min": 1}),
            json!({"for": "many"}),
            json!({"position": "maybe"}),
            json!([1, 2]),
            json!(true),
        ] {
            assert!(!valid(&v, &bad), "{bad}");
        }
    }

    #[test]
    fn the_schema_is_draft_07_and_lets_editors_add_fields() {
        let s = claims_file();
        assert_eq!(s["$schema"], "http://json-schema.org/draft-07/schema#");
        assert_eq!(s["properties"]["format"]["const"], "claimcheck/1");
        assert_eq!(s["additionalProperties"], true);
        let defs = &s["definitions"];
        for name in ["ArticleInfo", "Claim", "Source", "Span"] {
            assert_eq!(defs[name]["additionalProperties"], true, "{name}");
        }
        let verdict = &defs["Claim"]["properties"]["verdict"];
        assert_eq!(verdict["type"], json!(["string", "boolean"]));
        assert_eq!(verdict["default"], "unreviewed");
        assert!(verdict.get("enum").is_none(), "desks have their own scales");
        assert_eq!(text(), text(), "deterministic");
    }

    #[test]
    fn schema_file_is_written_once_and_refreshed_when_stale() {
        let dir = tempfile::tempdir().expect("tempdir");
        assert!(write_beside(dir.path()).expect("first"));
        assert!(!write_beside(dir.path()).expect("identical"));
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, "{}").expect("stale");
        assert!(write_beside(dir.path()).expect("stale one replaced"));
        assert_eq!(std::fs::read_to_string(&path).expect("read"), text());
    }

    #[test]
    fn completions_are_the_default_scale() {
        let scale = crate::verdicts::Scale::default();
        assert_eq!(scale.names(), DEFAULT_VERDICTS.to_vec());
    }
}
