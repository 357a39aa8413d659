//! `status_codes!` invoked through `macro_rules!` wrappers: every token the macro reads may
//! arrive inside the invisible group of a `meta`, `ident`, `literal`, `expr`, `vis`, `path` or
//! `tt` fragment, and must be read the same as when written out.

use status::Status;

/// Forwards attributes as `meta`, the visibility as `vis`, names as `ident` and the entries'
/// texts as `literal`: the usual way to wrap a macro.
macro_rules! meta_vis_ident_literal {
    (
        $(#[$enum_meta:meta])* $vis:vis enum $name:ident;
        $(#[$mod_meta:meta])* $mod_vis:vis mod $codes:ident;
        $($(#[$meta:meta])* $code:literal => $entry:ident, $phrase:literal, $description:literal;)*
    ) => {
        status::status_codes! {
            $(#[$enum_meta])* $vis enum $name;
            $(#[$mod_meta])* $mod_vis mod $codes;
            $($(#[$meta])* $code => $entry, $phrase, $description;)*
        }
    };
}

meta_vis_ident_literal! {
    /// A set whose every token came through a fragment.
    #[derive(Default)]
    pub enum Forwarded;
    /// Its codes.
    pub mod forwarded_codes;
    #[default]
    200 => OK, "OK", "Fine.";
    /// Doc comments arrive as `#[doc = ".."]` metas.
    #[alias(PAYLOAD_TOO_LARGE, REQUEST_ENTITY_TOO_LARGE)]
    #[spec = "RFC 9110, Section 15.5.14"]
    #[cacheable]
    413 => CONTENT_TOO_LARGE, "Content Too Large", "Too much.";
    #[no_content]
    #[deprecated = "use OK"]
    299 => OLD, "Old", "An old one.";
}

/// Codes and texts as `expr`, the facade's path as `path`.
macro_rules! expr_path {
    ($krate:path; $vis:vis $name:ident; $($code:expr => $entry:ident, $phrase:expr, $description:expr;)*) => {
        status::status_codes! {
            /// A set of expressions.
            $vis enum $name;
            crate = $krate;
            $($code => $entry, $phrase, $description;)*
        }
    };
}

expr_path! {
    ::status; pub(crate) Exprs;
    404 => NOT_FOUND, "Not Found", "No such resource.";
    410 => GONE, "Gone", "No more.";
}

/// Everything as `tt`, through two wrappers, so each group is forwarded twice.
macro_rules! outer_tt {
    ($($tokens:tt)*) => { inner_tt! { $($tokens)* } };
}

macro_rules! inner_tt {
    ($($tokens:tt)*) => { status::status_codes! { $($tokens)* } };
}

outer_tt! {
    /// A set of token trees.
    pub enum Trees;
    pub mod tree_codes;
    extends standard;
    #[alias(GONE_AWAY)]
    460 => CLIENT_GONE, "Client Gone", "The client left.";
}

/// Every part of an entry as its own fragment inside one `meta`-forwarded attribute list,
/// wrapped once more by a second wrapper that forwards fragments as fragments.
macro_rules! twice_meta {
    ($(#[$meta:meta])* $vis:vis enum $name:ident; $code:literal => $entry:ident;) => {
        meta_vis_ident_literal! {
            $(#[$meta])* $vis enum $name;
            pub mod twice_codes;
            $code => $entry, "Twice", "Through two wrappers.";
        }
    };
}

twice_meta! {
    /// A set forwarded twice.
    pub enum Twice;
    470 => TWICE;
}

#[test]
fn attributes_through_meta_fragments_are_read() {
    assert_eq!(Forwarded::default(), Forwarded::Ok);
    assert_eq!(
        Forwarded::ContentTooLarge.aliases(),
        ["PAYLOAD_TOO_LARGE", "REQUEST_ENTITY_TOO_LARGE"]
    );
    assert_eq!(
        Forwarded::ContentTooLarge.spec(),
        Some("RFC 9110, Section 15.5.14")
    );
    assert!(Forwarded::ContentTooLarge.is_cacheable_by_default());
    #[allow(deprecated)]
    let old = Forwarded::Old;
    assert!(!old.allows_content());
    assert_eq!(forwarded_codes::PAYLOAD_TOO_LARGE, 413);
    assert_eq!(
        Forwarded::from_name("REQUEST_ENTITY_TOO_LARGE"),
        Some(Forwarded::ContentTooLarge)
    );
}

#[test]
fn codes_and_texts_through_expr_fragments_are_read() {
    assert_eq!(Exprs::from_code(404), Some(Exprs::NotFound));
    assert_eq!(Exprs::Gone.to_string(), "410 Gone");
    assert_eq!(Exprs::NotFound.class(), status::StatusClass::ClientError);
}

#[test]
fn token_trees_forwarded_twice_are_read() {
    assert_eq!(Trees::ALL.len(), 63);
    assert_eq!("GONE_AWAY".parse(), Ok(Trees::ClientGone));
    assert_eq!(tree_codes::NOT_FOUND, 404);
    assert_eq!(Twice::Twice.code(), 470);
    assert_eq!(twice_codes::TWICE, 470);
    assert_eq!(<Twice as Status>::ALL, [Twice::Twice]);
}
