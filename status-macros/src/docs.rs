//! The documentation text of generated items. The user's text (phrases, descriptions, specs)
//! is escaped, so the docs show it exactly as the accessors return it, never as markup.

use crate::model::{Name, Row};
use crate::prose;
use crate::retry::Resolved;

/// The table that ends the enum's docs, one row per code, with its retry class (each variant's
/// docs give the clause).
pub fn table(rows: &[Row]) -> Vec<String> {
    let mut lines = vec![
        String::new(),
        "# Codes".to_owned(),
        String::new(),
        "| Code | Name | Phrase | Spec | Retry |".to_owned(),
        "|-----:|------|--------|------|-------|".to_owned(),
    ];
    lines.extend(rows.iter().map(|row| {
        let names = std::iter::once(format!("[`{}`](Self::{})", row.name, row.variant))
            .chain(row.aliases.iter().map(|(alias, _)| code(&alias.text)))
            .collect::<Vec<_>>()
            .join(", ");
        let spec = row
            .entry
            .attrs
            .spec
            .as_ref()
            .map(|spec| link(&spec.value()));
        format!(
            "| {} | {} | {} | {} | `{}` |",
            row.code,
            names,
            text(&row.phrase()),
            spec.as_deref().unwrap_or(""),
            row.retry.class.spelling()
        )
    }));
    lines
}

/// The line that sends the reader of an inherited or picked variant to the source's docs,
/// which were written with macros that mean something else here.
pub fn see_source(path: &proc_macro2::TokenStream, variant: &syn::Ident) -> String {
    let path = path.to_string().replace(' ', "");
    format!("Documented at [`{path}::{variant}`].")
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
    lines.push(String::new());
    lines.push(retry(&row.retry));
    let phrase_aliases = row.phrase_aliases();
    if !phrase_aliases.is_empty() {
        let phrases: Vec<String> = phrase_aliases.iter().map(|phrase| code(phrase)).collect();
        lines.push(String::new());
        lines.push(format!("Also sent as {}.", phrases.join(", ")));
    }
    if !row.aliases.is_empty() {
        let names: Vec<String> = row
            .aliases
            .iter()
            .map(|(alias, _)| code(&alias.text))
            .collect();
        lines.push(String::new());
        lines.push(format!("Also named {}.", names.join(", ")));
    }
    lines
}

/// `` Retry class: `idempotent` ([RFC 9110, Section 9.2.2](..)). ``
fn retry(retry: &Resolved) -> String {
    let spec = retry
        .spec
        .as_ref()
        .map(|spec| format!(", from {}", link(spec)))
        .unwrap_or_default();
    format!("Retry class: `{}`{spec}.", retry.class.spelling())
}

pub fn alias(row: &Row, alias: &Name) -> String {
    format!(
        "{}: another name for [`{}`](Self::{}), {}.",
        code(&alias.text),
        row.name,
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
        row.name
    )
}

/// The docs of `allows_content`, naming the set's `#[no_content]` statuses.
pub fn allows_content(no_content: &[&Row]) -> Vec<String> {
    let mut line =
        "Whether a response with this status may carry content: never for `1xx`".to_owned();
    if !no_content.is_empty() {
        line.push_str(", nor for ");
        line.push_str(&listed(no_content));
        line.push_str(", marked `#[no_content]`");
    }
    line.push('.');
    vec![line]
}

/// The docs of `is_cacheable_by_default`, naming the set's `#[cacheable]` statuses.
pub fn cacheable(cacheable: &[&Row]) -> Vec<String> {
    let which = if cacheable.is_empty() {
        "false for every status of this set, as none is marked `#[cacheable]`".to_owned()
    } else {
        format!("true for {}, marked `#[cacheable]`", listed(cacheable))
    };
    vec![
        "Whether a response with this status is cacheable by default, that is, without explicit"
            .to_owned(),
        format!("freshness information (RFC 9110, Section 15.1): {which}."),
    ]
}

/// `` `204 No Content`, `205 Reset Content` and `304 Not Modified` ``.
fn listed(rows: &[&Row]) -> String {
    let statuses: Vec<String> = rows.iter().map(|row| code(&row.display())).collect();
    prose::series(&statuses, "and")
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

/// Text that Markdown shows as written: the characters that start inline markup escaped
/// (emphasis, code, links, HTML, entities, strikethrough, and `|`, which would end a table
/// cell), and the first one if it could start a block (a heading, list or quote).
fn text(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        let starts_block = at == 0 && c.is_ascii_punctuation()
            || matches!(c, '.' | ')') && text[..at].bytes().all(|b| b.is_ascii_digit());
        if starts_block
            || matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '|' | '~'
            )
        {
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
        for written in [
            "1. First",
            "12) Twelve",
            "# Heading",
            "- item",
            "+ item",
            "> quote",
        ] {
            assert_eq!(rendered(&text(written)), written);
        }
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
