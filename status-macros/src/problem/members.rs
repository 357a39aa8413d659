//! What a problem's members and headers are called and what they may hold: each extension's
//! name after `rename_all` (serde's cases), the URI reference a `type` must be (RFC 3986,
//! Section 4.1), a header's name and value (RFC 9110, Section 5). Validation reports what
//! these reject; expansion writes the names they give. The facade's `Problem::with_header`
//! checks headers by the same rule at run time.

use super::ast::{Field, Settings};
use syn::LitStr;

/// The members RFC 9457 defines: no extension takes their names. The facade's `Problem` keeps
/// the same list.
pub const STANDARD_MEMBERS: [&str; 5] = ["type", "title", "status", "detail", "instance"];

/// serde's `rename_all` cases, as it spells them.
pub const CASES: [&str; 8] = [
    "lowercase",
    "UPPERCASE",
    "PascalCase",
    "camelCase",
    "snake_case",
    "SCREAMING_SNAKE_CASE",
    "kebab-case",
    "SCREAMING-KEBAB-CASE",
];

/// The member's name of an extension field: as `extension = ".."` writes it, or the field's
/// name in the type's `rename_all` case. `None` for a field that is no extension.
pub fn extension_name(field: &Field, container: &Settings) -> Option<String> {
    let extension = field.extension.as_ref()?;
    if let Some(name) = &extension.name {
        return Some(name.value());
    }
    let name = crate::case::text(field.ident.as_ref()?);
    let case = container.rename_all.as_ref().map(LitStr::value);
    Some(rename(&name, case.as_deref().unwrap_or("snake_case")))
}

/// A `snake_case` field name in `case`, as serde renames fields.
fn rename(field: &str, case: &str) -> String {
    let words = field.split('_').filter(|word| !word.is_empty());
    let capitalized = || {
        words.clone().map(|word| {
            let mut chars = word.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(chars).collect::<String>()
            })
        })
    };
    match case {
        "lowercase" => field.to_lowercase(),
        "UPPERCASE" | "SCREAMING_SNAKE_CASE" => field.to_uppercase(),
        "PascalCase" => capitalized().collect(),
        "camelCase" => {
            let pascal: String = capitalized().collect();
            let mut chars = pascal.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_lowercase().chain(chars).collect()
            })
        }
        "kebab-case" => field.replace('_', "-"),
        "SCREAMING-KEBAB-CASE" => field.to_uppercase().replace('_', "-"),
        _ => field.to_owned(),
    }
}

/// Why `text` is not a URI reference (RFC 3986, Section 4.1), if it is not one.
pub fn uri_reference_error(text: &str) -> Option<String> {
    if text.is_empty() {
        return Some("it is empty".to_owned());
    }
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let byte = bytes[i];
        if byte == b'%' {
            let hex = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_hexdigit);
            if !(hex(i + 1) && hex(i + 2)) {
                return Some(format!(
                    "`%` at byte {i} does not start an escape like `%20`"
                ));
            }
            i += 3;
            continue;
        }
        if !(byte.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=".contains(&byte)) {
            let c = text[i..].chars().next().unwrap_or(' ');
            return Some(format!(
                "{c:?} may not stand in a URI; escape it as UTF-8 bytes, such as `%20` for a space"
            ));
        }
        i += 1;
    }
    if text.matches('#').count() > 1 {
        return Some("a second `#` in the fragment; escape it as `%23`".to_owned());
    }
    // A `:` before any `/`, `?` or `#` ends a scheme, which starts with a letter and holds
    // letters, digits, `+`, `-` and `.`.
    let first = text.find(['/', '?', '#']).unwrap_or(text.len());
    if let Some(colon) = text[..first].find(':') {
        let scheme = &text[..colon];
        let valid = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
        if !valid {
            return Some(format!(
                "`{scheme}:` is no scheme; a relative reference writes `./` before a `:` in its \
                 first segment"
            ));
        }
    }
    None
}

/// Why `name` is not a header name (a token, RFC 9110, Section 5.1), if it is not one.
pub fn header_name_error(name: &str) -> Option<&'static str> {
    let is_token = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
    (!is_token).then_some(
        "a header's name is a token, of letters, digits and any of !#$%&'*+-.^_`|~, such as \
         \"www-authenticate\"",
    )
}

/// Why `value` cannot be a header's value, if it cannot.
pub fn header_value_error(value: &str) -> Option<&'static str> {
    value
        .bytes()
        .any(|b| b.is_ascii_control() && b != b'\t')
        .then_some("a header's value holds no line break or other control character but a tab")
}

#[cfg(test)]
mod tests {
    use super::{rename, uri_reference_error};

    #[test]
    fn fields_rename_as_serde_renames_them() {
        assert_eq!(
            rename("retry_after_seconds", "camelCase"),
            "retryAfterSeconds"
        );
        assert_eq!(rename("retry_after", "PascalCase"), "RetryAfter");
        assert_eq!(rename("retry_after", "kebab-case"), "retry-after");
        assert_eq!(rename("retry_after", "SCREAMING-KEBAB-CASE"), "RETRY-AFTER");
        assert_eq!(rename("retry_after", "SCREAMING_SNAKE_CASE"), "RETRY_AFTER");
        assert_eq!(rename("retry_after", "lowercase"), "retry_after");
        assert_eq!(rename("balance", "camelCase"), "balance");
    }

    #[test]
    fn uri_references() {
        for good in [
            "https://example.com/problems/name-taken",
            "/problems/name-taken",
            "name-taken",
            "urn:example:taken",
            "tag:example.com,2026:taken#x",
            "https://example.com/a%20b",
        ] {
            assert_eq!(uri_reference_error(good), None, "{good}");
        }
        for bad in [
            "",
            "name taken",
            "https://example.com/a%2",
            "1http://x",
            "a#b#c",
            "é",
        ] {
            assert!(uri_reference_error(bad).is_some(), "{bad}");
        }
    }
}
