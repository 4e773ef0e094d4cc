//! A claim's value as a person reads it in a report: `almost 4,000,000`,
//! `2022-03-30`, `141-5-35`, `12.5%`, `$3,500,000,000` is `USD
//! 3,500,000,000`. Reports show this; JSON and CSV also carry the raw value.

use serde_json::Value;

use crate::claims::Claim;

/// Hedge, figure and unit of a claim, for people.
pub fn shown(c: &Claim) -> String {
    let figure = match &c.value {
        Value::Null => c.relative.as_ref().map_or_else(
            || "?".to_string(),
            |r| format!("{} from {}", r.offset, r.anchor),
        ),
        v => plain(v),
    };
    let unit = match c.unit.as_deref() {
        Some("percent") => None,
        u => u,
    };
    let figure = if c.unit.as_deref() == Some("percent") {
        format!("{figure}%")
    } else {
        figure
    };
    [
        c.qualifier.as_deref(),
        c.currency.as_deref(),
        Some(figure.as_str()),
        unit,
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ")
}

/// A value without hedge or unit.
pub fn plain(v: &Value) -> String {
    match v {
        Value::Null => "?".to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Number(_) => number(v),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(plain).collect::<Vec<_>>().join(", "),
        Value::Object(m) => {
            if let (Some(min), Some(max)) = (m.get("min"), m.get("max")) {
                return format!("{} to {}", number(min), number(max));
            }
            vote(m).unwrap_or_else(|| {
                m.iter()
                    .map(|(k, v)| format!("{k}: {}", plain(v)))
                    .collect::<Vec<_>>()
                    .join(", ")
            })
        }
    }
}

/// `141-5-35` for a tally, `unanimous`, `China: abstained (2 times)`.
fn vote(m: &serde_json::Map<String, Value>) -> Option<String> {
    let count = |k: &str| m.get(k).map(number);
    let body = m.get("body").and_then(Value::as_str);
    let mut s = match (count("for"), count("against")) {
        (Some(f), Some(a)) => {
            let mut t = format!("{f}-{a}");
            if let Some(x) = count("abstain") {
                t.push_str(&format!("-{x}"));
            }
            t
        }
        _ if m.get("unanimous") == Some(&Value::Bool(true)) => "unanimous".to_string(),
        _ => {
            let position = m.get("position").and_then(Value::as_str)?;
            let mut t = match m.get("actor").and_then(Value::as_str) {
                Some(a) => format!("{a}: {position}"),
                None => position.to_string(),
            };
            if let Some(n) = m.get("times").and_then(Value::as_u64).filter(|n| *n > 1) {
                t.push_str(&format!(" ({n} times)"));
            }
            t
        }
    };
    if let Some(b) = body {
        s.push_str(&format!(" ({b})"));
    }
    Some(s)
}

/// A number with thousands separators, its decimals as written.
pub fn number(v: &Value) -> String {
    let text = match v {
        Value::Number(n) => n.to_string(),
        other => return plain(other),
    };
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    if digits.contains(['e', 'E']) {
        return text;
    }
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let mut grouped = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    // serde_json writes 4000000.0 for a float that is whole.
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{frac}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn claim(value: Value) -> Claim {
        let yaml = format!(
            "id: x\nkind: quantity\nquote: q\nsentence: s\nline: 1\nvalue: {value}\nqualifier: null\nsubject: null\nsource: null\n"
        );
        serde_saphyr::from_str(&yaml).expect("claim")
    }

    #[test]
    fn figures_read_as_people_write_them() {
        assert_eq!(number(&json!(4000000)), "4,000,000");
        assert_eq!(number(&json!(4000000.0)), "4,000,000");
        assert_eq!(number(&json!(-1234.5)), "-1,234.5");
        assert_eq!(number(&json!(999)), "999");
        let mut c = claim(json!(4000000));
        c.qualifier = Some("almost".into());
        assert_eq!(shown(&c), "almost 4,000,000");
        let mut p = claim(json!(12.5));
        p.unit = Some("percent".into());
        assert_eq!(shown(&p), "12.5%");
        let mut m = claim(json!(3500000000u64));
        m.currency = Some("USD".into());
        assert_eq!(shown(&m), "USD 3,500,000,000");
        let mut d = claim(json!(2));
        d.unit = Some("days".into());
        assert_eq!(shown(&d), "2 days");
        assert_eq!(
            shown(&claim(json!({"min": 1000, "max": 2000}))),
            "1,000 to 2,000"
        );
    }

    #[test]
    fn dates_and_votes() {
        assert_eq!(shown(&claim(json!("2022-03-30"))), "2022-03-30");
        assert_eq!(
            shown(&claim(
                json!({"for": 141, "against": 5, "abstain": 35, "body": "UN General Assembly"})
            )),
            "141-5-35 (UN General Assembly)"
        );
        assert_eq!(shown(&claim(json!({"for": 68, "against": 31}))), "68-31");
        assert_eq!(shown(&claim(json!({"unanimous": true}))), "unanimous");
        assert_eq!(
            shown(&claim(
                json!({"actor": "China", "position": "abstained", "times": 2})
            )),
            "China: abstained (2 times)"
        );
    }
}
