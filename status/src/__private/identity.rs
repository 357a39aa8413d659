//! What makes a status of one set the same status in another, as the compiler reads it: every
//! set's statuses by code, name and origin (the set whose invocation wrote them; the standard
//! set's `401` is one status wherever it is inherited or picked), and the compile-time checks
//! of `#[derive(IntoProblem)]`, whose messages these functions write, since only a constant's
//! evaluation can read two sets that no macro sees together.

use super::const_text::{Message, crate_of, edit_distance, same_letters, set_name};
use super::same_text;
use crate::Status;

/// A set as the checks read it, in its `Status` impl.
pub struct SetIdentity {
    /// The enum's name, as messages say it: `CreateUserStatus`.
    pub name: &'static str,
    /// The set's id in the build: `crate@1.0.0/CreateUserStatus#..`, or `standard`.
    pub id: &'static str,
    /// Whether other sets may extend it or pick from it.
    pub extensible: bool,
    /// Each status in `ALL`'s order: its code, canonical name and origin's id.
    pub statuses: &'static [(u16, &'static str, &'static str)],
    /// Each alias, with its status's index in `statuses`.
    pub aliases: &'static [(&'static str, usize)],
}

/// How a derive's attribute named a status.
#[derive(Clone, Copy)]
pub enum Written {
    /// `CONFLICT`: a name as `status_codes!` writes it.
    Name(&'static str),
    /// `Conflict`, `conflict`, `CreateUserStatus::Conflict`: not the way names are written.
    Loose(&'static str),
    /// `409`.
    Code(u16),
    /// `status = ..`, which is not a key: the status alone is.
    Keyed(&'static str),
}

/// The status a derive names, whichever way: the one its check finds, or the first, for
/// which the check reports an error.
#[must_use]
pub const fn status_at<S: Status>(written: Written) -> S {
    match find(&S::__SET, written) {
        Some(index) => S::ALL[index],
        None => S::ALL[0],
    }
}

/// Where a derive names a status: empty when `written` is a status of `S` named as
/// `status_codes!` names it, and an error status; otherwise what to write.
#[must_use]
pub const fn status_message<S: Status>(written: Written) -> Message {
    let set = &S::__SET;
    let mut message = Message::new();
    if let Some(index) = find(set, written) {
        let (code, name, _) = set.statuses[index];
        match written {
            Written::Name(_) if code < 400 => {
                message
                    .push("`")
                    .push(name)
                    .push("` is not an error status: a problem ");
                message.push("answers with a 4xx or 5xx status; name another");
            }
            Written::Name(_) => {}
            Written::Code(_) => {
                message
                    .push("write the status's name, `")
                    .push(name)
                    .push("`, not its code ");
                message.number(code);
            }
            Written::Loose(text) => {
                message
                    .push("write `")
                    .push(name)
                    .push("`, as `")
                    .push(set.name);
                message
                    .push("`'s `status_codes!` names the status, not `")
                    .push(text);
                message.push("`");
            }
            Written::Keyed(_) => {
                message
                    .push("name the status alone, `#[problem(")
                    .push(name);
                message.push(")]`: `status` is not a key");
            }
        }
        return message;
    }
    match written {
        Written::Code(code) => {
            message
                .push("`")
                .push(set.name)
                .push("` has no status ")
                .number(code);
        }
        Written::Name(text) | Written::Loose(text) | Written::Keyed(text) => {
            message
                .push("`")
                .push(text)
                .push("` is not a status of `")
                .push(set.name);
            message.push("`");
        }
    }
    let standard = &crate::HttpStatus::__SET;
    if let Some(index) = find(standard, written)
        && !same_text(set.id, standard.id)
    {
        message.push("; pick it from the standard set: `use standard::{");
        message
            .push(standard.statuses[index].1)
            .push("};` in `")
            .push(set.name);
        message.push("`'s `status_codes!`");
    } else if let Some(index) = nearest(set, written) {
        message
            .push("; did you mean `")
            .push(set.statuses[index].1)
            .push("`?");
    } else {
        message.push(": name one of the statuses its docs list, or pick this one into it ");
        message.push("from the set that holds it with a `use` line in its `status_codes!`");
    }
    message
}

/// Where a transparent variant's error answers with the statuses of `I` in the set `S`:
/// empty when `S` holds each of them, otherwise the ones it lacks and the lines that add them.
#[must_use]
pub const fn holds_message<I: Status, S: Status>() -> Message {
    let (inner, outer) = (&I::__SET, &S::__SET);
    let mut message = Message::new();
    let mut lacking = 0;
    let mut i = 0;
    while i < inner.statuses.len() {
        if !holds(outer, inner.statuses[i]) {
            message.push(if lacking == 0 { "" } else { ", " });
            status(&mut message, inner.statuses[i]);
            lacking += 1;
        }
        i += 1;
    }
    if lacking == 0 {
        return message;
    }
    let list = message;
    let mut message = Message::new();
    message
        .push("`")
        .push(outer.name)
        .push("` does not hold every status of `");
    message
        .push(inner.name)
        .push("`, which the transparent variant answers with: it lacks ");
    message.push(list.as_str());
    // One `use` line per set the lacking statuses come from, in the order they come.
    let mut lines = 0;
    let mut i = 0;
    while i < inner.statuses.len() {
        let origin = inner.statuses[i].2;
        if !holds(outer, inner.statuses[i]) && first_lacking_of(inner, outer, origin) == i {
            message.push(if lines == 0 { "; add " } else { " and " });
            use_line(&mut message, inner, outer, origin);
            lines += 1;
        }
        i += 1;
    }
    message
        .push(" to `")
        .push(outer.name)
        .push("`'s `status_codes!`");
    message
}

/// The status `I` converts to in `S`, which holds it: `holds_message` says so at compile time.
#[must_use]
#[inline]
pub fn convert<I: Status, S: Status>(inner: I) -> S {
    const {
        let message = holds_message::<I, S>();
        ::core::assert!(message.is_empty(), "{}", message.as_str());
    }
    match S::from_code(inner.code()) {
        Some(status) => status,
        // `S` holds every status of `I`, one per code: the constant above proves it.
        None => unreachable!(),
    }
}

/// The status of `S` as a status of `I`, where `I` holds it (the same code, name and origin).
#[must_use]
pub fn narrow<S: Status, I: Status>(status: S) -> Option<I> {
    let code = status.code();
    let identity = S::__SET
        .statuses
        .iter()
        .find(|(their_code, ..)| *their_code == code)?;
    if holds(&I::__SET, *identity) {
        I::from_code(code)
    } else {
        None
    }
}

/// `` `use standard::{A, B};` ``: the line that picks the statuses of `origin` that `outer`
/// lacks, with what else it takes.
const fn use_line(message: &mut Message, inner: &SetIdentity, outer: &SetIdentity, origin: &str) {
    let standard = same_text(origin, crate::HttpStatus::__SET.id);
    let source = if standard {
        "standard"
    } else {
        set_name(origin)
    };
    message.push("`use ").push(source).push("::{");
    let mut first = true;
    let mut i = 0;
    while i < inner.statuses.len() {
        let (_, name, from) = inner.statuses[i];
        if same_text(from, origin) && !holds(outer, inner.statuses[i]) {
            message.push(if first { "" } else { ", " }).push(name);
            first = false;
        }
        i += 1;
    }
    message.push("};`");
    if same_text(origin, inner.id) && !inner.extensible {
        message
            .push(" (with `#[extensible]` on `")
            .push(inner.name)
            .push("`)");
    } else if !standard && !same_text(crate_of(origin), crate_of(outer.id)) {
        message.push(" (`").push(source).push("` of the crate `");
        message.push(crate_of(origin)).push("`)");
    }
}

/// The index of the first status of `origin` that `outer` lacks.
const fn first_lacking_of(inner: &SetIdentity, outer: &SetIdentity, origin: &str) -> usize {
    let mut i = 0;
    while i < inner.statuses.len() {
        if same_text(inner.statuses[i].2, origin) && !holds(outer, inner.statuses[i]) {
            return i;
        }
        i += 1;
    }
    i
}

/// A status as messages write it: ``401 `UNAUTHORIZED` ``.
const fn status(message: &mut Message, (code, name, _): (u16, &str, &str)) {
    message.number(code).push(" `").push(name).push("`");
}

/// Whether `set` holds the status: the same code, name and origin.
#[must_use]
pub const fn holds(set: &SetIdentity, (code, name, origin): (u16, &str, &str)) -> bool {
    let mut i = 0;
    while i < set.statuses.len() {
        let (their_code, their_name, their_origin) = set.statuses[i];
        if their_code == code && same_text(their_name, name) && same_text(their_origin, origin) {
            return true;
        }
        i += 1;
    }
    false
}

/// The index of the status `written` names, as it is written.
const fn find(set: &SetIdentity, written: Written) -> Option<usize> {
    match written {
        Written::Code(code) => {
            let mut i = 0;
            while i < set.statuses.len() {
                if set.statuses[i].0 == code {
                    return Some(i);
                }
                i += 1;
            }
            None
        }
        Written::Name(text) => by_name(set, text, false),
        // `status = ..` is wrong whatever follows; find what was meant, a code or a name.
        Written::Keyed(text) => match code_in(text) {
            Some(code) => find(set, Written::Code(code)),
            None => by_name(set, text, true),
        },
        Written::Loose(text) => by_name(set, text, true),
    }
}

/// The index of the status with a name or alias equal to `text`: exactly, or, if `loose`, in
/// its letters (`same_letters`).
const fn by_name(set: &SetIdentity, text: &str, loose: bool) -> Option<usize> {
    let mut i = 0;
    while i < set.statuses.len() {
        if compare(set.statuses[i].1, text, loose) {
            return Some(i);
        }
        i += 1;
    }
    let mut i = 0;
    while i < set.aliases.len() {
        if compare(set.aliases[i].0, text, loose) {
            return Some(set.aliases[i].1);
        }
        i += 1;
    }
    None
}

const fn compare(name: &str, text: &str, loose: bool) -> bool {
    if loose {
        same_letters(name, text)
    } else {
        same_text(name, text)
    }
}

/// The code `text` writes, if it is one: three digits.
const fn code_in(text: &str) -> Option<u16> {
    let bytes = text.as_bytes();
    if bytes.len() != 3 {
        return None;
    }
    let mut code = 0u16;
    let mut i = 0;
    while i < 3 {
        if !bytes[i].is_ascii_digit() {
            return None;
        }
        code = code * 10 + (bytes[i] - b'0') as u16;
        i += 1;
    }
    Some(code)
}

/// The status whose name is nearest to what was written, if near enough to be a typo.
const fn nearest(set: &SetIdentity, written: Written) -> Option<usize> {
    let text = match written {
        Written::Name(text) | Written::Loose(text) | Written::Keyed(text) => text,
        Written::Code(_) => return None,
    };
    let mut best: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < set.statuses.len() {
        let name = set.statuses[i].1;
        let distance = edit_distance(name.as_bytes(), text.as_bytes());
        let bound = if name.len() / 3 > 2 {
            name.len() / 3
        } else {
            2
        };
        let better = match best {
            Some((_, nearest)) => distance < nearest,
            None => true,
        };
        if distance <= bound && better {
            best = Some((i, distance));
        }
        i += 1;
    }
    match best {
        Some((index, _)) => Some(index),
        None => None,
    }
}
