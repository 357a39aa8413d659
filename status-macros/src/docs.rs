//! The documentation text of generated items.

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
        let names = std::iter::once(format!("[`{}`](Self::{})", row.entry.name, row.variant))
            .chain(row.aliases.iter().map(|(alias, _)| format!("`{alias}`")))
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
            escape_cell(&row.phrase()),
            escape_cell(spec.as_deref().unwrap_or(""))
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
        format!("`{}`", row.display()),
        String::new(),
        row.entry.description.value(),
    ];
    if let Some(spec) = &row.entry.attrs.spec {
        lines.push(String::new());
        lines.push(format!("Specified in {}.", link(&spec.value())));
    }
    if !row.aliases.is_empty() {
        let names: Vec<String> = row
            .aliases
            .iter()
            .map(|(alias, _)| format!("`{alias}`"))
            .collect();
        lines.push(String::new());
        lines.push(format!("Also named {}.", names.join(", ")));
    }
    lines
}

pub fn alias(row: &Row, alias: &syn::Ident) -> String {
    format!(
        "`{alias}`: another name for [`{}`](Self::{}), `{}`.",
        row.entry.name,
        row.variant,
        row.display()
    )
}

pub fn constant(row: &Row) -> String {
    format!("`{}`", row.display())
}

pub fn alias_constant(row: &Row) -> String {
    format!(
        "`{}`: another name for [`{}`].",
        row.display(),
        row.entry.name
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
        return spec.to_owned();
    };
    let (number, section) = match rest.split_once(", Section ") {
        Some((number, section)) => (number, Some(section)),
        None => (rest, None),
    };
    let is_number = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !is_number(number) || section.is_some_and(|s| !s.split('.').all(is_number)) {
        return spec.to_owned();
    }
    let anchor = section.map(|s| format!("#section-{s}")).unwrap_or_default();
    format!("[{spec}](https://www.rfc-editor.org/rfc/rfc{number}.html{anchor})")
}

fn escape_cell(text: &str) -> String {
    text.replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    use super::link;

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
        assert_eq!(link("RFC 9110, Section x"), "RFC 9110, Section x");
        assert_eq!(link("Internal wiki"), "Internal wiki");
    }
}
