//! A `detail = ".."` that formats the variant's fields as thiserror's `#[error("..")]` does:
//! `{balance}` or `{0}`, with a format spec after `:`. Read once into `Template`, which
//! validation checks against the fields and expansion writes as `format_args!`.

use super::ast::Fields;
use std::fmt::Write as _;
use syn::LitStr;

/// A detail text, read.
pub struct Template {
    /// The text with each field renamed to its binding, `{__field_0:?}`.
    pub text: String,
    /// Each field the text formats, by index, with its trait, once.
    pub fields: Vec<(usize, Trait)>,
}

/// The trait a placeholder formats its field with.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Trait {
    Display,
    Debug,
    /// `x`, `e`, `p` and the others: the generated code adds no bound for them.
    Other,
}

/// Reads `literal` against the variant's fields: a template, or what is wrong with it.
pub fn read(literal: &LitStr, fields: &Fields) -> Result<Template, String> {
    let text = literal.value();
    let mut template = Template {
        text: String::with_capacity(text.len()),
        fields: Vec::new(),
    };
    let mut chars = text.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        match c {
            '{' if chars.peek().map(|&(_, c)| c) == Some('{') => {
                chars.next();
                template.text.push_str("{{");
            }
            '}' if chars.peek().map(|&(_, c)| c) == Some('}') => {
                chars.next();
                template.text.push_str("}}");
            }
            '}' => return Err("a `}` closes nothing; write `}}` for a brace".to_owned()),
            '{' => {
                let mut inside = String::new();
                loop {
                    match chars.next() {
                        Some((_, '}')) => break,
                        Some((_, c)) => inside.push(c),
                        None => {
                            return Err("a `{` is not closed; write `{{` for a brace".to_owned());
                        }
                    }
                }
                let (name, spec) = inside.split_once(':').unwrap_or((&inside, ""));
                let index = field_index(name.trim(), fields)?;
                let format_trait = match spec.chars().last() {
                    None => Trait::Display,
                    Some('?') => Trait::Debug,
                    Some(c) if c.is_ascii_digit() || !c.is_ascii_alphabetic() => Trait::Display,
                    Some(_) => Trait::Other,
                };
                if !template.fields.contains(&(index, format_trait)) {
                    template.fields.push((index, format_trait));
                }
                let _ = write!(template.text, "{{__field_{index}");
                if !spec.is_empty() {
                    template.text.push(':');
                    template.text.push_str(spec);
                }
                template.text.push('}');
            }
            c => template.text.push(c),
        }
    }
    Ok(template)
}

/// The index of the field a placeholder names: `balance` or `0`.
fn field_index(name: &str, fields: &Fields) -> Result<usize, String> {
    let list = || {
        let names: Vec<String> = fields
            .list
            .iter()
            .enumerate()
            .map(|(index, field)| {
                field.ident.as_ref().map_or_else(
                    || format!("`{{{index}}}`"),
                    |ident| format!("`{{{}}}`", crate::case::text(ident)),
                )
            })
            .collect();
        if names.is_empty() {
            "it has no fields".to_owned()
        } else {
            format!("its fields are {}", names.join(", "))
        }
    };
    if name.is_empty() {
        return Err(format!(
            "a `{{}}` names no field: name the one to format, as in `#[error(\"..\")]`; {}",
            list()
        ));
    }
    let found = match name.parse::<usize>() {
        Ok(index) => {
            (index < fields.list.len() && fields.list[index].ident.is_none()).then_some(index)
        }
        Err(_) => fields.list.iter().position(|field| {
            field
                .ident
                .as_ref()
                .is_some_and(|ident| crate::case::text(ident) == name)
        }),
    };
    found.ok_or_else(|| format!("`{{{name}}}` is not a field of this variant; {}", list()))
}
