//! Currencies: symbols and codes written before a figure, names and codes
//! written after it.
//!
//! A currency name is read as an ISO code where the name says which
//! currency it is. Several countries share some names, and a wrong code is
//! worse for a fact-checker than an honest "which one?":
//!
//! - A country word before the name always decides: `Pakistani rupees` is
//!   PKR, `Mexican pesos` MXN, `Kenyan shillings` KES, `Swiss francs` CHF.
//! - A bare name shared by several currencies gets a code only where one
//!   currency is what English copy means by it nearly always: `dollars` USD,
//!   `pounds` GBP, `rupees` INR (the Indian press and the lakh/crore
//!   figures that go with it), `lira` TRY, `won` KRW, `roubles` RUB, `leu`
//!   RON, `som` KGS.
//! - Otherwise the unit is the generic plural name (`pesos`, `dinars`,
//!   `francs`, `shillings`, `riyals`, `rials`, `dirhams`, `kronor`,
//!   `kroner`, `manats`, `kwacha`, `CFA francs`): the claim is money, and
//!   the checker reads the country from the article.
//!
//! Names that are also common words after a figure (`real`, `crowns`,
//! `drams` of whisky) are read only with their country word.

use super::units::{Entry, e, match_at, seq_at};
use crate::extract::tokens::Tokens;

/// Currency symbols and codes written before the figure (`$`, `US$`, `£`,
/// `EUR`). ISO codes in capitals are read by [`code_at`] as well.
pub const CURRENCY_BEFORE: &[Entry] = &[
    e(&["us", "$"], "USD"),
    e(&["usd", "$"], "USD"),
    e(&["u", ".", "s", "$"], "USD"),
    e(&["mxn", "$"], "MXN"),
    e(&["mex", "$"], "MXN"),
    e(&["aud", "$"], "AUD"),
    e(&["cad", "$"], "CAD"),
    e(&["nzd", "$"], "NZD"),
    e(&["u", ".", "s", ".", "$"], "USD"),
    e(&["nt", "$"], "TWD"),
    e(&["a", "$"], "AUD"),
    e(&["au", "$"], "AUD"),
    e(&["c", "$"], "CAD"),
    e(&["ca", "$"], "CAD"),
    e(&["hk", "$"], "HKD"),
    e(&["nz", "$"], "NZD"),
    e(&["s", "$"], "SGD"),
    e(&["r", "$"], "BRL"),
    e(&["e", "£"], "EGP"),
    e(&["gh", "₵"], "GHS"),
    e(&["$"], "USD"),
    e(&["£"], "GBP"),
    e(&["€"], "EUR"),
    e(&["¥"], "JPY"),
    e(&["₹"], "INR"),
    e(&["₽"], "RUB"),
    e(&["₴"], "UAH"),
    e(&["₩"], "KRW"),
    e(&["₺"], "TRY"),
    e(&["₦"], "NGN"),
    e(&["₱"], "PHP"),
    e(&["₫"], "VND"),
    e(&["₪"], "ILS"),
    e(&["₵"], "GHS"),
    e(&["₸"], "KZT"),
    e(&["₾"], "GEL"),
    e(&["৳"], "BDT"),
    e(&["฿"], "THB"),
    e(&["₮"], "MNT"),
    e(&["usd"], "USD"),
    e(&["eur"], "EUR"),
    e(&["gbp"], "GBP"),
    e(&["chf"], "CHF"),
    e(&["jpy"], "JPY"),
    e(&["cny"], "CNY"),
    e(&["rmb"], "CNY"),
    e(&["inr"], "INR"),
    e(&["rs"], "INR"),
    e(&["rs", "."], "INR"),
    e(&["rp"], "IDR"),
    e(&["ksh"], "KES"),
    e(&["kshs"], "KES"),
    e(&["ush"], "UGX"),
    e(&["tsh"], "TZS"),
    e(&["nis"], "ILS"),
    e(&["rub"], "RUB"),
    e(&["uah"], "UAH"),
    e(&["cad"], "CAD"),
    e(&["aud"], "AUD"),
    e(&["kwd"], "KWD"),
    e(&["myr"], "MYR"),
    e(&["rm"], "MYR"),
    e(&["ringgit"], "MYR"),
    e(&["ils"], "ILS"),
    e(&["mnt"], "MNT"),
    e(&["btc"], "BTC"),
    e(&["₿"], "BTC"),
];

/// Names, symbols and codes after the figure that are not a plain name
/// (those are in [`NAMES`]); read before the names, as they are longer.
const OTHER_AFTER: &[Entry] = &[
    e(&["pounds", "sterling"], "GBP"),
    e(&["pound", "sterling"], "GBP"),
    e(&["bucks"], "USD"),
    e(&["cents"], "USD-cent"),
    e(&["cent"], "USD-cent"),
    e(&["pence"], "GBP-penny"),
    e(&["penny"], "GBP-penny"),
    e(&["usd"], "USD"),
    e(&["eur"], "EUR"),
    e(&["gbp"], "GBP"),
    e(&["chf"], "CHF"),
    e(&["cny"], "CNY"),
    e(&["jpy"], "JPY"),
    e(&["rub"], "RUB"),
    e(&["uah"], "UAH"),
    e(&["rmb"], "CNY"),
    e(&["cad"], "CAD"),
    e(&["aud"], "AUD"),
    e(&["kwd"], "KWD"),
    e(&["lbp"], "LBP"),
    e(&["egp"], "EGP"),
    e(&["qar"], "QAR"),
    e(&["sar"], "SAR"),
    e(&["bgn"], "BGN"),
    e(&["myr"], "MYR"),
    e(&["rm"], "MYR"),
    e(&["ils"], "ILS"),
    e(&["nis"], "ILS"),
    e(&["mnt"], "MNT"),
    e(&["btc"], "BTC"),
    e(&["rs"], "INR"),
    e(&["$"], "USD"),
    e(&["€"], "EUR"),
    e(&["£"], "GBP"),
    e(&["¢"], "USD-cent"),
    e(&["₹"], "INR"),
    e(&["₽"], "RUB"),
    e(&["₴"], "UAH"),
    e(&["₺"], "TRY"),
    e(&["₫"], "VND"),
    e(&["₪"], "ILS"),
    e(&["₸"], "KZT"),
    e(&["₾"], "GEL"),
    e(&["zł"], "PLN"),
    e(&["kč"], "CZK"),
];

/// A currency name written after the figure.
struct Name {
    /// Its spellings, singular and plural, lowercase.
    forms: &'static [&'static str],
    /// What the name alone reads as (see the module doc); `None` where the
    /// name alone is more often a common word.
    bare: Option<&'static str>,
    /// Country words before the name that say which currency it is,
    /// longest first where they share words.
    countries: &'static [(&'static [&'static str], &'static str)],
}

const fn n(
    forms: &'static [&'static str],
    bare: Option<&'static str>,
    countries: &'static [(&'static [&'static str], &'static str)],
) -> Name {
    Name {
        forms,
        bare,
        countries,
    }
}

#[rustfmt::skip]
const NAMES: &[Name] = &[
    n(&["dollars", "dollar"], Some("USD"), &[
        (&["u", ".", "s", "."], "USD"), (&["us"], "USD"), (&["american"], "USD"),
        (&["canadian"], "CAD"), (&["australian"], "AUD"), (&["hong", "kong"], "HKD"),
        (&["new", "zealand"], "NZD"), (&["singapore"], "SGD"), (&["singaporean"], "SGD"),
        (&["new", "taiwan"], "TWD"), (&["taiwan"], "TWD"), (&["taiwanese"], "TWD"),
        (&["jamaican"], "JMD"), (&["namibian"], "NAD"), (&["fijian"], "FJD"),
        (&["liberian"], "LRD"), (&["bahamian"], "BSD"), (&["barbadian"], "BBD"),
        (&["belize"], "BZD"), (&["east", "caribbean"], "XCD"), (&["brunei"], "BND"),
        (&["zimbabwean"], "ZWL"), (&["trinidad", "and", "tobago"], "TTD"),
    ]),
    n(&["pounds", "pound"], Some("GBP"), &[
        (&["british"], "GBP"), (&["uk"], "GBP"), (&["egyptian"], "EGP"),
        (&["lebanese"], "LBP"), (&["syrian"], "SYP"), (&["south", "sudanese"], "SSP"),
        (&["sudanese"], "SDG"),
    ]),
    n(&["euros", "euro"], Some("EUR"), &[]),
    n(&["yuan", "renminbi"], Some("CNY"), &[(&["chinese"], "CNY")]),
    n(&["yen"], Some("JPY"), &[(&["japanese"], "JPY")]),
    n(&["rupees", "rupee"], Some("INR"), &[
        (&["indian"], "INR"), (&["pakistani"], "PKR"), (&["pakistan"], "PKR"),
        (&["sri", "lankan"], "LKR"), (&["sri", "lanka"], "LKR"), (&["nepali"], "NPR"),
        (&["nepalese"], "NPR"), (&["mauritian"], "MUR"), (&["seychellois"], "SCR"),
    ]),
    n(&["rupiah", "rupiahs"], Some("IDR"), &[(&["indonesian"], "IDR")]),
    n(&["pesos", "peso"], Some("pesos"), &[
        (&["mexican"], "MXN"), (&["argentine"], "ARS"), (&["argentinian"], "ARS"),
        (&["argentinean"], "ARS"), (&["colombian"], "COP"), (&["chilean"], "CLP"),
        (&["philippine"], "PHP"), (&["filipino"], "PHP"), (&["uruguayan"], "UYU"),
        (&["dominican"], "DOP"), (&["cuban"], "CUP"),
    ]),
    n(&["reais"], Some("BRL"), &[(&["brazilian"], "BRL")]),
    n(&["real", "reals"], None, &[(&["brazilian"], "BRL")]),
    n(&["naira"], Some("NGN"), &[(&["nigerian"], "NGN")]),
    n(&["rand"], Some("ZAR"), &[(&["south", "african"], "ZAR")]),
    n(&["cedis", "cedi"], Some("GHS"), &[(&["ghanaian"], "GHS")]),
    n(&["birr"], Some("ETB"), &[(&["ethiopian"], "ETB")]),
    n(&["shillings", "shilling"], Some("shillings"), &[
        (&["kenyan"], "KES"), (&["ugandan"], "UGX"), (&["tanzanian"], "TZS"),
        (&["somali"], "SOS"),
    ]),
    n(&["dirhams", "dirham"], Some("dirhams"), &[
        (&["emirati"], "AED"), (&["uae"], "AED"), (&["moroccan"], "MAD"),
    ]),
    n(&["riyals", "riyal"], Some("riyals"), &[
        (&["saudi"], "SAR"), (&["qatari"], "QAR"), (&["omani"], "OMR"), (&["yemeni"], "YER"),
    ]),
    n(&["rials", "rial"], Some("rials"), &[
        (&["iranian"], "IRR"), (&["omani"], "OMR"), (&["yemeni"], "YER"),
        (&["saudi"], "SAR"), (&["qatari"], "QAR"),
    ]),
    n(&["dinars", "dinar"], Some("dinars"), &[
        (&["kuwaiti"], "KWD"), (&["iraqi"], "IQD"), (&["jordanian"], "JOD"),
        (&["bahraini"], "BHD"), (&["libyan"], "LYD"), (&["tunisian"], "TND"),
        (&["algerian"], "DZD"), (&["serbian"], "RSD"),
    ]),
    n(&["francs", "franc"], Some("francs"), &[
        (&["swiss"], "CHF"), (&["west", "african", "cfa"], "XOF"),
        (&["central", "african", "cfa"], "XAF"), (&["cfa"], "CFA francs"),
        (&["congolese"], "CDF"), (&["rwandan"], "RWF"), (&["burundian"], "BIF"),
        (&["guinean"], "GNF"), (&["french"], "FRF"), (&["belgian"], "BEF"),
    ]),
    n(&["lira", "liras", "lire"], Some("TRY"), &[
        (&["turkish"], "TRY"), (&["italian"], "ITL"), (&["lebanese"], "LBP"),
        (&["syrian"], "SYP"),
    ]),
    n(&["won"], Some("KRW"), &[(&["south", "korean"], "KRW"), (&["north", "korean"], "KPW")]),
    n(&["baht"], Some("THB"), &[(&["thai"], "THB")]),
    n(&["ringgits", "ringgit"], Some("MYR"), &[(&["malaysian"], "MYR"), (&["malaysia"], "MYR")]),
    n(&["dong"], Some("VND"), &[(&["vietnamese"], "VND")]),
    n(&["taka"], Some("BDT"), &[(&["bangladeshi"], "BDT")]),
    n(&["kyats", "kyat"], Some("MMK"), &[(&["myanmar"], "MMK"), (&["burmese"], "MMK")]),
    n(&["hryvnias", "hryvnia", "hryvnas", "hryvna"], Some("UAH"), &[(&["ukrainian"], "UAH")]),
    n(&["roubles", "rubles", "rouble", "ruble"], Some("RUB"), &[
        (&["russian"], "RUB"), (&["belarusian"], "BYN"), (&["belarussian"], "BYN"),
    ]),
    n(&["zlotys", "zloty", "zlotych"], Some("PLN"), &[(&["polish"], "PLN")]),
    n(&["forints", "forint"], Some("HUF"), &[(&["hungarian"], "HUF")]),
    n(&["korunas", "koruna", "koruny"], Some("CZK"), &[(&["czech"], "CZK"), (&["slovak"], "SKK")]),
    n(&["shekels", "shekel", "sheqels", "sheqel"], Some("ILS"), &[
        (&["israeli", "new"], "ILS"), (&["israeli"], "ILS"), (&["new"], "ILS"),
    ]),
    n(&["tenge"], Some("KZT"), &[(&["kazakh"], "KZT"), (&["kazakhstani"], "KZT")]),
    n(&["lari"], Some("GEL"), &[(&["georgian"], "GEL")]),
    n(&["lei", "leu"], Some("RON"), &[(&["romanian"], "RON"), (&["moldovan"], "MDL")]),
    n(&["leva", "lev"], Some("BGN"), &[(&["bulgarian"], "BGN")]),
    n(&["drams", "dram"], None, &[(&["armenian"], "AMD")]),
    n(&["manats", "manat"], Some("manats"), &[
        (&["azerbaijani"], "AZN"), (&["turkmen"], "TMT"),
    ]),
    n(&["soms", "som"], Some("KGS"), &[(&["kyrgyz"], "KGS"), (&["uzbek"], "UZS")]),
    n(&["soums", "soum"], Some("UZS"), &[(&["uzbek"], "UZS")]),
    n(&["kwacha"], Some("kwacha"), &[(&["zambian"], "ZMW"), (&["malawian"], "MWK")]),
    n(&["kronor", "krona", "kronur"], Some("kronor"), &[
        (&["swedish"], "SEK"), (&["icelandic"], "ISK"),
    ]),
    n(&["kroner", "krone"], Some("kroner"), &[(&["norwegian"], "NOK"), (&["danish"], "DKK")]),
    n(&["crowns"], None, &[
        (&["swedish"], "SEK"), (&["norwegian"], "NOK"), (&["danish"], "DKK"),
        (&["czech"], "CZK"), (&["icelandic"], "ISK"),
    ]),
    n(&["soles"], Some("PEN"), &[(&["peruvian"], "PEN")]),
    n(&["quetzales", "quetzals"], Some("GTQ"), &[(&["guatemalan"], "GTQ")]),
    n(&["bolivares", "bolivars"], Some("VES"), &[(&["venezuelan"], "VES")]),
    n(&["riels", "riel"], Some("KHR"), &[(&["cambodian"], "KHR")]),
    n(&["tugriks", "tugrik"], Some("MNT"), &[(&["mongolian"], "MNT")]),
    n(&["meticais", "metical"], Some("MZN"), &[(&["mozambican"], "MZN")]),
    n(&["kwanzas", "kwanza"], Some("AOA"), &[(&["angolan"], "AOA")]),
    n(&["markka"], Some("FIM"), &[(&["finnish"], "FIM")]),
    n(&["pesetas", "peseta"], Some("ESP"), &[(&["spanish"], "ESP")]),
    n(&["guilders"], Some("NLG"), &[(&["dutch"], "NLG")]),
    n(&["bitcoins", "bitcoin"], Some("BTC"), &[]),
];

/// ISO 4217 codes read in capitals before or after a figure (`IDR 85,000`,
/// `2.5m KES`). Codes that are English words in capitals (`ALL`, `TOP`,
/// `MAD`, `TRY`, `CUP`, `GEL`, `PEN`, `COP`, `SOS`, `BOB`) are left out: a
/// headline in capitals has them far more often than a sum does.
const CODES: &[&str] = &[
    "AED", "AFN", "AMD", "AOA", "ARS", "AUD", "AZN", "BAM", "BDT", "BGN", "BHD", "BIF", "BND",
    "BRL", "BTC", "BWP", "BYN", "CAD", "CDF", "CHF", "CLP", "CNY", "CRC", "CZK", "DKK", "DOP",
    "DZD", "EGP", "ETB", "EUR", "FJD", "GBP", "GHS", "GMD", "GNF", "GTQ", "HKD", "HNL", "HUF",
    "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KPW",
    "KRW", "KWD", "KZT", "LAK", "LBP", "LKR", "LRD", "LYD", "MDL", "MKD", "MMK", "MNT", "MUR",
    "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PGK", "PHP",
    "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SDG", "SEK", "SGD", "SLE",
    "SSP", "SYP", "THB", "TJS", "TMT", "TND", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU",
    "UZS", "VES", "VND", "XAF", "XOF", "YER", "ZAR", "ZMW", "ZWL",
];

/// An ISO code written in capitals at token `i`.
pub fn code_at(t: &Tokens, i: usize) -> Option<&'static str> {
    let raw = t.raw(i);
    CODES.iter().copied().find(|c| *c == raw)
}

/// `(unit, tokens)` of a currency written after a figure at token `i`: a
/// name (with its country word), a code or a symbol.
pub fn currency_after(t: &Tokens, i: usize) -> Option<(&'static str, usize)> {
    if !t.same_line(i) {
        return None;
    }
    if let Some((e, len)) = match_at(t, i, OTHER_AFTER) {
        return Some((e.name, len));
    }
    if NAME_STARTS.contains(t.low(i))
        && let Some(hit) = NAMES.iter().find_map(|name| name_at(t, i, name))
    {
        return Some(hit);
    }
    code_at(t, i).map(|c| (c, 1))
}

/// Every word a currency name can start with: a form of the name or the
/// first word of a country before it. Every figure asks what follows it,
/// and walking all names for a word that starts none was a tenth of the
/// quantities layer.
static NAME_STARTS: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        NAMES
            .iter()
            .flat_map(|n| {
                let countries = n.countries.iter().filter_map(|(words, _)| words.first());
                n.forms.iter().chain(countries).copied()
            })
            .collect()
    });

fn name_at(t: &Tokens, i: usize, name: &Name) -> Option<(&'static str, usize)> {
    let form_at = |j: usize| name.forms.iter().any(|f| t.low(j) == *f && t.same_line(j));
    let first = t.low(i);
    for (words, code) in name.countries {
        let j = i + words.len();
        if words.first() == Some(&first) && seq_at(t, i, words) && form_at(j) {
            return Some((code, words.len() + 1));
        }
    }
    name.bare.filter(|_| form_at(i)).map(|b| (b, 1))
}

#[cfg(test)]
mod tests {
    use crate::extract::Dim;
    use crate::extract::quantities::testing::cores;

    #[test]
    fn a_country_word_names_the_currency() {
        assert_eq!(
            cores("paid 500 Pakistani rupees"),
            [(Dim::Money, "500 Pakistani rupees", Some("PKR"))]
        );
        assert_eq!(cores("500 rupees")[0].2, Some("INR"));
        assert_eq!(cores("9 Mexican pesos")[0].2, Some("MXN"));
        assert_eq!(cores("9 pesos")[0].2, Some("pesos"));
    }

    #[test]
    fn codes_count_only_in_capitals_and_not_when_they_are_words() {
        assert_eq!(cores("IDR 85,000")[0].2, Some("IDR"));
        assert_eq!(cores("5 idr")[0].2, None);
        assert_eq!(cores("5 TRY")[0].2, None);
        // A bare `real` or `crowns` after a figure is a word.
        assert_eq!(cores("two real problems")[0].2, None);
        assert_eq!(cores("3 crowns")[0].2, None);
        assert_eq!(cores("ALL 12")[0].2, None);
        assert_eq!(cores("3 Brazilian reais")[0].2, Some("BRL"));
    }
}
