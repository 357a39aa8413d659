//! The documentation text of generated items. The user's text (phrases, descriptions, specs)
//! is escaped, so the docs show it exactly as the accessors return it, never as markup.

use crate::case;
use crate::model::Row;

/// The table that ends the enum's docs, one row per code.
pub fn table(rows: &[Row]) -> Vec<String> {
    let mut lines = vec![
        String::new(),
        "# Codes".to_owned(),
        String::new(),
        "| Code | Name | Phrase | Spec |".to_owned(),
        "|-----:|------|--------|------|".to_owned(),
    ];
    lines.extend(rows.iter().map(|row| {
        let names = std::iter::once(format!(
            "[`{}`](Self::{})",
            case::text(&row.entry.name),
            row.variant
        ))
        .chain(
            row.aliases
                .iter()
                .map(|(alias, _)| code(&case::text(alias))),
        )
        .collect::<Vec<_>>()
        .join(", ");
        let spec = row
            .entry
            .attrs
            .spec
            .as_ref()
            .map(|spec| link(&spec.value()));
        format!(
            "| {} | {} | {} | {} |",
            row.code,
            names,
            text(&row.phrase()),
            spec.as_deref().unwrap_or("")
        )
    }));
    lines
}

/// The summary used when the invocation gives the enum no docs of its own.
pub fn default_summary(rows: &[Row]) -> String {
    format!("A set of {} HTTP status codes.", rows.len())
}

/// A variant's docs: its status line, description, spec and other names.
pub fn variant(row: &Row) -> Vec<String> {
    let mut lines = vec![
        code(&row.display()),
        String::new(),
        text(&row.entry.description.value()),
    ];
    if let Some(spec) = &row.entry.attrs.spec {
        lines.push(String::new());
        lines.push(format!("Specified in {}.", link(&spec.value())));
    }
    if !row.aliases.is_empty() {
        let names: Vec<String> = row
            .aliases
            .iter()
            .map(|(alias, _)| code(&case::text(alias)))
            .collect();
        lines.push(String::new());
        lines.push(format!("Also named {}.", names.join(", ")));
    }
    lines
}

pub fn alias(row: &Row, alias: &syn::Ident) -> String {
    format!(
        "{}: another name for [`{}`](Self::{}), {}.",
        code(&case::text(alias)),
        case::text(&row.entry.name),
        row.variant,
        code(&row.display())
    )
}

pub fn constant(row: &Row) -> String {
    code(&row.display())
}

pub fn alias_constant(row: &Row) -> String {
    format!(
        "{}: another name for [`{}`].",
        code(&row.display()),
        case::text(&row.entry.name)
    )
}

pub fn consts_module(set: &syn::Ident) -> String {
    format!(
        "The codes of [`{set}`](super::{set}) as `u16` constants, one for every name and alias."
    )
}

/// Links `RFC 9110, Section 15.5.5` to the RFC Editor's page; other references stay as text.
pub fn link(spec: &str) -> String {
    let Some(rest) = spec.strip_prefix("RFC ") else {
        return text(spec);
    };
    let (number, section) = match rest.split_once(", Section ") {
        Some((number, section)) => (number, Some(section)),
        None => (rest, None),
    };
    let is_number = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !is_number(number) || section.is_some_and(|s| !s.split('.').all(is_number)) {
        return text(spec);
    }
    let anchor = section.map(|s| format!("#section-{s}")).unwrap_or_default();
    format!("[{spec}](https://www.rfc-editor.org/rfc/rfc{number}.html{anchor})")
}

/// Text that Markdown shows as written: every ASCII punctuation character escaped, `|` (which
/// would end a table cell) included.
fn text(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_punctuation() {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// A code span that shows `text` as written: fenced by more backticks than it holds in a row,
/// and padded where it starts or ends with one (the `CommonMark` spec, section 6.1).
fn code(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

#[cfg(test)]
mod tests {
    use super::{code, link, text};
    use proptest::prelude::*;

    /// What rustdoc's Markdown renderer shows for `markdown`: the HTML without its tags, and
    /// its entities decoded.
    fn rendered(markdown: &str) -> String {
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(markdown));
        let mut shown = String::new();
        let mut in_tag = false;
        for c in html.trim_end().chars() {
            match c {
                '<' => in_tag = true,
                '>' if in_tag => in_tag = false,
                _ if !in_tag => shown.push(c),
                _ => {}
            }
        }
        shown
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    proptest! {
        #[test]
        fn escaped_text_renders_as_written(written in "[!-~]([ -~]{0,30}[!-~])?") {
            prop_assert_eq!(rendered(&text(&written)), written);
        }

        #[test]
        fn code_spans_render_as_written(written in "[!-~]([ -~]{0,30}[!-~])?") {
            prop_assert_eq!(rendered(&code(&written)), written);
        }
    }

    #[test]
    fn markup_in_user_text_is_shown_not_applied() {
        assert_eq!(rendered(&text("Body <Too> Large")), "Body <Too> Large");
        assert_eq!(
            rendered(&text("*x* and _y_ | [z](w)")),
            "*x* and _y_ | [z](w)"
        );
        assert_eq!(rendered(&code("404 `Tick` Me")), "404 `Tick` Me");
    }

    #[test]
    fn links_rfc_references() {
        assert_eq!(
            link("RFC 9110, Section 15.5.5"),
            "[RFC 9110, Section 15.5.5](https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5)"
        );
        assert_eq!(
            link("RFC 4918"),
            "[RFC 4918](https://www.rfc-editor.org/rfc/rfc4918.html)"
        );
        assert_eq!(link("RFC 9110, Section x"), text("RFC 9110, Section x"));
        assert_eq!(link("Internal wiki"), "Internal wiki");
    }
}
