//! Whether a source's `url` is a web address a reader can follow.
//!
//! A small check instead of the `url` crate: that crate pulls in IDNA and
//! the ICU4X data tables (some twenty crates) to *normalize* addresses, and
//! here we only need to know that an editor pasted a whole http(s) address
//! and not `www.unhcr.org`, `unhcr.org/ukraine`, `https//...` or a half
//! line. The check: scheme `http` or `https`, `://`, a host of DNS labels
//! (letters, digits, `-`, non-ASCII letters for IDNs) or an IPv4/bracketed
//! IPv6 literal, an optional port of at most 65535, and nothing after it that
//! a browser would not accept unencoded (whitespace, control characters,
//! `<>"{}|\^` and backtick).

/// `Err` says what is wrong, for the message.
pub(crate) fn check(url: &str) -> Result<(), &'static str> {
    let (scheme, rest) = url
        .split_once("://")
        .ok_or("it has no `https://` in front")?;
    if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
        return Err("only http and https addresses can be followed by a reader");
    }
    if let Some(bad) = url.chars().find(|&c| {
        c.is_whitespace()
            || c.is_control()
            || matches!(c, '<' | '>' | '"' | '{' | '}' | '|' | '\\' | '^' | '`')
    }) {
        return Err(if bad.is_whitespace() {
            "it contains a space or line break"
        } else {
            "it contains a character that must be percent-encoded"
        });
    }
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..authority_end];
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let (host, port) = if let Some(inner) = host_port.strip_prefix('[') {
        let (v6, after) = inner.split_once(']').ok_or("its IPv6 address lacks `]`")?;
        if v6.is_empty()
            || !v6
                .chars()
                .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.')
        {
            return Err("its IPv6 address is not valid");
        }
        (v6, after.strip_prefix(':'))
    } else {
        match host_port.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (host_port, None),
        }
    };
    if let Some(p) = port
        && (p.is_empty()
            || p.len() > 5
            || !p.bytes().all(|b| b.is_ascii_digit())
            || p.parse::<u32>().map_or(true, |n| n > 65535))
    {
        return Err("its port is not a number from 0 to 65535");
    }
    if host_port.starts_with('[') {
        return Ok(());
    }
    if host.is_empty() {
        return Err("it has no host name after `://`");
    }
    let host = host.strip_suffix('.').unwrap_or(host);
    let labels_ok = host.split('.').all(|label| {
        !label.is_empty()
            && label.len() <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|c| c.is_alphanumeric() || c == '-')
    });
    if !labels_ok {
        return Err("its host name is not valid");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn addresses_editors_paste() {
        for ok in [
            "https://data.unhcr.org/en/situations/ukraine",
            "http://example.org",
            "HTTPS://WWW.OHCHR.ORG/en/news?id=1#top",
            "https://example.org:8443/path",
            "https://user@example.org/",
            "https://127.0.0.1/x",
            "https://[2001:db8::1]:443/x",
            "https://bücher.example/",
            "https://example.org./",
            "https://a.b/c%20d?q=1&r=2",
        ] {
            assert_eq!(check(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn not_followable() {
        for bad in [
            "www.unhcr.org",
            "unhcr.org/ukraine",
            "https//unhcr.org",
            "ftp://example.org/file",
            "https://",
            "https:///path",
            "https://exa mple.org",
            "https://example.org/a b",
            "https://-bad.org",
            "https://example..org",
            "https://example.org:99999/",
            "https://example.org:/",
            "https://[::1/",
            "https://ex_ample.org",
            "javascript://alert(1)",
            "",
        ] {
            assert!(check(bad).is_err(), "{bad}");
        }
    }
}
