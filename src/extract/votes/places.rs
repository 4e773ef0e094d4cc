//! Countries as actors: a capital reported as acting stands for its
//! government (`Beijing abstained` is China's vote), and the short forms of
//! a few countries' names are one country (`the U.S.`, `Britain`).

/// Capitals (and seats of government) used for their country in reporting.
const CAPITALS: &[(&str, &str)] = &[
    ("beijing", "China"),
    ("moscow", "Russia"),
    ("the kremlin", "Russia"),
    ("kremlin", "Russia"),
    ("washington", "United States"),
    ("the white house", "United States"),
    ("london", "United Kingdom"),
    ("downing street", "United Kingdom"),
    ("paris", "France"),
    ("berlin", "Germany"),
    ("kyiv", "Ukraine"),
    ("kiev", "Ukraine"),
    ("new delhi", "India"),
    ("delhi", "India"),
    ("tokyo", "Japan"),
    ("seoul", "South Korea"),
    ("pyongyang", "North Korea"),
    ("tehran", "Iran"),
    ("ankara", "Turkey"),
    ("brasilia", "Brazil"),
    ("brasília", "Brazil"),
    ("pretoria", "South Africa"),
    ("islamabad", "Pakistan"),
    ("riyadh", "Saudi Arabia"),
    ("abu dhabi", "United Arab Emirates"),
    ("cairo", "Egypt"),
    ("jerusalem", "Israel"),
    ("damascus", "Syria"),
    ("baghdad", "Iraq"),
    ("minsk", "Belarus"),
    ("warsaw", "Poland"),
    ("budapest", "Hungary"),
    ("rome", "Italy"),
    ("madrid", "Spain"),
    ("ottawa", "Canada"),
    ("canberra", "Australia"),
    ("wellington", "New Zealand"),
    ("mexico city", "Mexico"),
    ("buenos aires", "Argentina"),
    ("caracas", "Venezuela"),
    ("havana", "Cuba"),
    ("managua", "Nicaragua"),
    ("hanoi", "Vietnam"),
    ("jakarta", "Indonesia"),
    ("manila", "Philippines"),
    ("bangkok", "Thailand"),
    ("dhaka", "Bangladesh"),
    ("kabul", "Afghanistan"),
    ("nairobi", "Kenya"),
    ("addis ababa", "Ethiopia"),
    ("abuja", "Nigeria"),
    ("khartoum", "Sudan"),
    ("tripoli", "Libya"),
    ("algiers", "Algeria"),
    ("rabat", "Morocco"),
    ("doha", "Qatar"),
    ("amman", "Jordan"),
    ("beirut", "Lebanon"),
    ("tbilisi", "Georgia"),
    ("yerevan", "Armenia"),
    ("baku", "Azerbaijan"),
    ("astana", "Kazakhstan"),
    ("tashkent", "Uzbekistan"),
    ("chisinau", "Moldova"),
    ("vilnius", "Lithuania"),
    ("riga", "Latvia"),
    ("tallinn", "Estonia"),
    ("helsinki", "Finland"),
    ("stockholm", "Sweden"),
    ("oslo", "Norway"),
    ("copenhagen", "Denmark"),
    ("the hague", "Netherlands"),
    ("brussels", "Belgium"),
    ("vienna", "Austria"),
    ("bern", "Switzerland"),
    ("athens", "Greece"),
    ("nicosia", "Cyprus"),
    ("bucharest", "Romania"),
    ("sofia", "Bulgaria"),
    ("belgrade", "Serbia"),
    ("zagreb", "Croatia"),
    ("prague", "Czech Republic"),
    ("bratislava", "Slovakia"),
    ("dublin", "Ireland"),
    ("lisbon", "Portugal"),
    ("taipei", "Taiwan"),
    ("singapore", "Singapore"),
    ("kuala lumpur", "Malaysia"),
    ("harare", "Zimbabwe"),
    ("luanda", "Angola"),
    ("bamako", "Mali"),
    ("asmara", "Eritrea"),
];

/// Other names of one country.
const ALIASES: &[(&str, &str)] = &[
    ("the us", "United States"),
    ("us", "United States"),
    ("the usa", "United States"),
    ("usa", "United States"),
    ("the united states", "United States"),
    ("united states", "United States"),
    ("america", "United States"),
    ("the united states of america", "United States"),
    ("britain", "United Kingdom"),
    ("great britain", "United Kingdom"),
    ("the uk", "United Kingdom"),
    ("uk", "United Kingdom"),
    ("the united kingdom", "United Kingdom"),
    ("united kingdom", "United Kingdom"),
    ("the russian federation", "Russia"),
    ("russian federation", "Russia"),
    ("the people's republic of china", "China"),
    ("the prc", "China"),
    ("the uae", "United Arab Emirates"),
    ("uae", "United Arab Emirates"),
    ("the united arab emirates", "United Arab Emirates"),
    ("the netherlands", "Netherlands"),
    ("the philippines", "Philippines"),
    ("the czech republic", "Czech Republic"),
    ("the dominican republic", "Dominican Republic"),
    ("the central african republic", "Central African Republic"),
    (
        "the democratic republic of the congo",
        "Democratic Republic of the Congo",
    ),
    (
        "the democratic republic of congo",
        "Democratic Republic of the Congo",
    ),
    ("the drc", "Democratic Republic of the Congo"),
    ("drc", "Democratic Republic of the Congo"),
    ("the gambia", "Gambia"),
    ("the vatican", "Holy See"),
    ("the holy see", "Holy See"),
    ("north korea", "North Korea"),
    ("south korea", "South Korea"),
    ("the eu", "European Union"),
    ("eu", "European Union"),
    ("the european union", "European Union"),
];

/// Multi-word country names with `and` inside, which a list of actors
/// (`China and India`) must not split.
pub(super) const AND_NAMES: &[&str] = &[
    "trinidad and tobago",
    "bosnia and herzegovina",
    "antigua and barbuda",
    "saint kitts and nevis",
    "st kitts and nevis",
    "saint vincent and the grenadines",
    "sao tome and principe",
    "são tomé and príncipe",
];

/// Folds a phrase for lookup: lowercase, dots dropped (`U.S.` -> `us`),
/// curly apostrophes straightened, spaces single.
pub(super) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in w.chars() {
            match c {
                '.' => {}
                '\u{2019}' => out.push('\''),
                c => out.extend(c.to_lowercase()),
            }
        }
    }
    out
}

/// The country a capital or alias stands for, if the phrase is one.
pub(super) fn country(phrase: &str) -> Option<&'static str> {
    let f = fold(phrase);
    CAPITALS
        .iter()
        .chain(ALIASES)
        .find(|(k, _)| *k == f)
        .map(|(_, v)| *v)
}

/// Demonyms used for a government's delegation (`the Chinese delegation
/// abstained`).
pub(super) fn demonym(w: &str) -> Option<&'static str> {
    Some(match w {
        "chinese" => "China",
        "russian" => "Russia",
        "american" => "United States",
        "british" => "United Kingdom",
        "french" => "France",
        "german" => "Germany",
        "indian" => "India",
        "ukrainian" => "Ukraine",
        "japanese" => "Japan",
        "brazilian" => "Brazil",
        "israeli" => "Israel",
        "iranian" => "Iran",
        "turkish" => "Turkey",
        "pakistani" => "Pakistan",
        "south african" => "South Africa",
        "mexican" => "Mexico",
        "canadian" => "Canada",
        "italian" => "Italy",
        "spanish" => "Spain",
        "polish" => "Poland",
        "hungarian" => "Hungary",
        "syrian" => "Syria",
        "belarusian" => "Belarus",
        "venezuelan" => "Venezuela",
        "cuban" => "Cuba",
        "emirati" => "United Arab Emirates",
        "saudi" => "Saudi Arabia",
        "egyptian" => "Egypt",
        "nigerian" => "Nigeria",
        "kenyan" => "Kenya",
        "ghanaian" => "Ghana",
        "gabonese" => "Gabon",
        "norwegian" => "Norway",
        "irish" => "Ireland",
        "albanian" => "Albania",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_and_aliases_are_countries() {
        assert_eq!(country("Beijing"), Some("China"));
        assert_eq!(country("the U.S."), Some("United States"));
        assert_eq!(country("New Delhi"), Some("India"));
        assert_eq!(country("Britain"), Some("United Kingdom"));
        assert_eq!(country("Senator Smith"), None);
    }
}
