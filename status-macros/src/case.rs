//! The two spellings of a status name: `NOT_FOUND` (constants) and `NotFound` (variants).

use syn::ext::IdentExt;

/// A name as `name()` returns it: `r#TYPE` is `TYPE`.
pub fn text(name: &syn::Ident) -> String {
    name.unraw().to_string()
}

/// `NOT_FOUND`, `IM_A_TEAPOT`, `CODE_1`: upper-case words of letters and digits, the first
/// starting with a letter, joined by single underscores.
pub fn is_screaming_snake(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.split('_').all(|word| {
            !word.is_empty()
                && word
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        })
}

/// Whether a name is spelled like a type, `AcmeStatus`: an upper-case letter first, and a
/// lower-case one after it. A set's name is; a status's, however misspelled, is not.
pub fn is_type_like(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.chars().any(|c| c.is_ascii_lowercase())
}

/// The `SCREAMING_SNAKE_CASE` spelling of a name written in another case, if it has one:
/// `NotFound`, `not_found` and `Not__Found` all become `NOT_FOUND`.
pub fn to_screaming_snake(name: &str) -> Option<String> {
    let name = name.strip_prefix("r#").unwrap_or(name);
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    let mut prev: Option<char> = None;
    for c in name.chars() {
        if !c.is_ascii_alphanumeric() {
            words.push(std::mem::take(&mut word));
            prev = None;
            continue;
        }
        if c.is_ascii_uppercase() && prev.is_some_and(|p| p.is_ascii_lowercase()) {
            words.push(std::mem::take(&mut word));
        }
        word.push(c.to_ascii_uppercase());
        prev = Some(c);
    }
    words.push(word);
    let screaming = words
        .into_iter()
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join("_");
    is_screaming_snake(&screaming).then_some(screaming)
}

/// The variant spelling of a `SCREAMING_SNAKE_CASE` name: `NOT_FOUND` becomes `NotFound`.
pub fn to_upper_camel(name: &str) -> String {
    let name = name.strip_prefix("r#").unwrap_or(name);
    let mut camel = String::with_capacity(name.len());
    for word in name.split('_') {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            camel.push(first.to_ascii_uppercase());
            camel.extend(chars.map(|c| c.to_ascii_lowercase()));
        }
    }
    camel
}

/// The Levenshtein distance, ignoring ASCII case: `not_found` is a typo of `NOT_FOUND`.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b) = (a.to_ascii_uppercase(), b.to_ascii_uppercase());
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, left) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, right) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(left != *right);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn screaming_snake_names() {
        for name in ["OK", "NOT_FOUND", "IM_A_TEAPOT", "CODE_1", "X1"] {
            assert!(is_screaming_snake(name), "{name}");
        }
        for name in [
            "",
            "_OK",
            "OK_",
            "NOT__FOUND",
            "NotFound",
            "not_found",
            "1XX",
            "A-B",
        ] {
            assert!(!is_screaming_snake(name), "{name}");
        }
    }

    #[test]
    fn suggestions() {
        assert_eq!(to_screaming_snake("NotFound").as_deref(), Some("NOT_FOUND"));
        assert_eq!(
            to_screaming_snake("not_found").as_deref(),
            Some("NOT_FOUND")
        );
        assert_eq!(
            to_screaming_snake("Not__Found_").as_deref(),
            Some("NOT_FOUND")
        );
        assert_eq!(
            to_screaming_snake("imATeapot").as_deref(),
            Some("IM_ATEAPOT")
        );
        assert_eq!(to_screaming_snake("r#type").as_deref(), Some("TYPE"));
        assert_eq!(to_screaming_snake("_1xx"), None);
    }

    #[test]
    fn variant_names() {
        assert_eq!(to_upper_camel("NOT_FOUND"), "NotFound");
        assert_eq!(to_upper_camel("IM_USED"), "ImUsed");
        assert_eq!(
            to_upper_camel("HTTP_VERSION_NOT_SUPPORTED"),
            "HttpVersionNotSupported"
        );
        assert_eq!(to_upper_camel("FOO_1"), to_upper_camel("FOO1"));
        assert_eq!(to_upper_camel("SELF"), "Self");
    }

    #[test]
    fn typos_are_near() {
        assert_eq!(edit_distance("NOT_FOUND", "NOT_FOUND"), 0);
        assert_eq!(edit_distance("NOT_FOUN", "NOT_FOUND"), 1);
        assert_eq!(edit_distance("not_found", "NOT_FOUND"), 0);
        assert_eq!(edit_distance("NOTFOUND", "NOT_FOUND"), 1);
        assert!(edit_distance("CONFLICT", "GONE") > 2);
    }
}
