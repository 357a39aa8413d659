//! What a set takes from other sets: every name a `use` line picks is a status of its source,
//! picked once, and no entry of the set's own reuses a code or name of a set it picks from.

use crate::ast::{Entry, Input};
use crate::case;
use crate::errors::Errors;
use crate::model::{self, Lowering, Origin, Source};
use std::collections::HashSet;

pub fn check(input: &Input, sources: &[Source], lowering: &Lowering, errors: &mut Errors) {
    for (source, name) in &lowering.unknown {
        let Some(source) = sources.get(*source) else {
            continue;
        };
        let text = case::text(name);
        let suggestion = closest(source, &text)
            .map(|closest| format!("; did you mean `{closest}`?"))
            .unwrap_or_default();
        errors.at(
            name,
            format!(
                "{} has no status named `{text}`{suggestion}",
                source.path.describe()
            ),
        );
    }
    for (second, first) in &lowering.repeated {
        errors.at(
            second,
            format!("`{second}` picks a status that `{first}` already picked; pick each once"),
        );
        errors.at(first, "first picked here");
    }
    if let Some(base) = &input.extends {
        for name in &lowering.inherited {
            errors.at(
                name,
                format!(
                    "`{name}` is in this set already, from {}, which it extends; remove it from \
                     the `use` line",
                    base.describe()
                ),
            );
        }
    }
    check_own_against_picked_sources(input, sources, lowering, errors);
}

/// An entry of the set's own that reuses a code or name of a set it picks from, where the set
/// does not hold that status: two statuses of one code (or name) in related sets would make
/// conversions and comparisons between them lie. The statuses the set holds are `check_unique`'s.
fn check_own_against_picked_sources(
    input: &Input,
    sources: &[Source],
    lowering: &Lowering,
    errors: &mut Errors,
) {
    // What the set holds from other sets, once, not once per entry of each source.
    let held: HashSet<(String, String)> = lowering
        .entries
        .iter()
        .filter(|lowered| !matches!(lowered.origin, Origin::Own))
        .map(|lowered| model::identity(lowered.entry))
        .collect();
    let mut seen_ids = Vec::new();
    let picked_sources = lowering
        .entries
        .iter()
        .filter_map(|lowered| match lowered.origin {
            Origin::Picked { source, .. } => sources.get(source),
            _ => None,
        });
    for source in picked_sources {
        let id = source.id();
        if seen_ids.contains(&id) {
            continue;
        }
        seen_ids.push(id);
        let unheld: Vec<&Entry> = source
            .entries()
            .filter(|entry| !held.contains(&model::identity(entry)))
            .collect();
        let place = source.path.describe();
        for own in &input.entries {
            let code = own.code.to_string();
            if let Some(other) = unheld.iter().find(|other| other.code.to_string() == code) {
                errors.at(
                    &own.code,
                    format!(
                        "code {code} is `{}` in {place}, which this set picks from; pick it \
                         rather than define it again, or use another code",
                        other.name
                    ),
                );
            }
            for name in std::iter::once(&own.name).chain(&own.attrs.aliases) {
                let text = case::text(name);
                if let Some(other) = unheld
                    .iter()
                    .find(|other| source_names(other).any(|n| n == text))
                {
                    errors.at(
                        name,
                        format!(
                            "`{text}` names {} `{}` in {place}, which this set picks from; pick \
                             it, or choose another name",
                            other.code, other.name
                        ),
                    );
                }
            }
        }
    }
}

fn source_names(entry: &Entry) -> impl Iterator<Item = String> + '_ {
    std::iter::once(&entry.name)
        .chain(&entry.attrs.aliases)
        .map(case::text)
}

/// The source's name or alias nearest to `text`, if one is near enough to be a typo.
fn closest(source: &Source, text: &str) -> Option<String> {
    source
        .entries()
        .flat_map(source_names)
        .map(|name| (edit_distance(&name, text), name))
        .filter(|(distance, name)| *distance <= (name.len() / 3).max(2))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, name)| name)
}

/// The Levenshtein distance, ignoring ASCII case: `not_found` is a typo of `NOT_FOUND`.
fn edit_distance(a: &str, b: &str) -> usize {
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
    use super::edit_distance;

    #[test]
    fn typos_are_near() {
        assert_eq!(edit_distance("NOT_FOUND", "NOT_FOUND"), 0);
        assert_eq!(edit_distance("NOT_FOUN", "NOT_FOUND"), 1);
        assert_eq!(edit_distance("not_found", "NOT_FOUND"), 0);
        assert_eq!(edit_distance("NOTFOUND", "NOT_FOUND"), 1);
        assert!(edit_distance("CONFLICT", "GONE") > 2);
    }
}
