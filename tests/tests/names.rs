//! Any name the macro accepts compiles: the generated code reaches associated items through
//! paths a variant cannot shadow.

status::status_codes! {
    /// Names that associated types, constants and items of the generated impls could take.
    pub enum Shadowing;
    pub mod shadowing_codes;
    200 => OK, "OK", "Fine.";
    201 => ERR, "Err", "Named like `FromStr::Err`.";
    202 => ERROR, "Error", "Named like `TryFrom::Error`.";
    203 => SOME, "Some", "Named like `Option::Some`.";
    204 => NONE, "None", "Named like `Option::None`.";
    205 => TARGET, "Target", "Named like `Deref::Target`.";
    206 => OUTPUT, "Output", "Named like `Add::Output`.";
    207 => ITEM, "Item", "Named like `Iterator::Item`.";
    208 => VALUE, "Value", "Named like `Visitor::Value`.";
    209 => BODY, "Body", "Named like `Responder::Body`.";
    210 => RESPONSE, "Response", "Named like a framework's response type.";
    211 => FUTURE, "Future", "Named like `IntoFuture::Future`.";
    212 => INTO_ITER, "Into Iter", "Named like `IntoIterator::IntoIter`.";
    213 => OWNED, "Owned", "Named like `ToOwned::Owned`.";
    214 => RESULT, "Result", "Named like `Result`.";
    215 => OPTION, "Option", "Named like `Option`.";
    216 => STATUS, "Status", "Named like the `Status` trait.";
    217 => STATUS_CLASS, "Status Class", "Named like `StatusClass`.";
    218 => HTTP_STATUS, "Http Status", "Named like `HttpStatus`.";
    219 => UNKNOWN_STATUS_CODE, "Unknown Status Code", "Named like the error type.";
    220 => PARSE_STATUS_ERROR, "Parse Status Error", "Named like the error type.";
    221 => STATUS_CODE, "Status Code", "Named like `http::StatusCode`.";
    222 => FORMATTER, "Formatter", "Named like `fmt::Formatter`.";
    223 => RESULT_OK, "Result Ok", "Another one.";
    224 => CORE, "Core", "Named like the crate.";
    225 => STD, "Std", "Named like the crate.";
    226 => U16, "U16", "Named like the primitive.";
    227 => STR, "Str", "Named like the primitive.";
    #[alias(r#TYPE, ALIAS_OK)]
    228 => r#MATCH, "Match", "Raw identifiers are read without their `r#`.";
}

status::status_codes! {
    /// The same names next to the standard set's.
    pub enum ShadowingExtended;
    extends standard;
    470 => ERR, "Err", "Named like `FromStr::Err`.";
    471 => ERROR, "Error", "Named like `TryFrom::Error`.";
    472 => SOME, "Some", "Named like `Option::Some`.";
    473 => NONE, "None", "Named like `Option::None`.";
    474 => OUTPUT, "Output", "Named like `Add::Output`.";
}

#[test]
fn every_name_compiles_and_converts() {
    assert_eq!("201".parse::<Shadowing>(), Ok(Shadowing::Err));
    assert_eq!(Shadowing::try_from(202), Ok(Shadowing::Error));
    assert_eq!(Shadowing::try_from(299).unwrap_err().code(), 299);
    assert!("299".parse::<Shadowing>().is_err());
    assert_eq!(Shadowing::from_name("NONE"), Some(Shadowing::None));
    assert_eq!(
        Shadowing::try_from(http::StatusCode::NO_CONTENT),
        Ok(Shadowing::None)
    );
    assert_eq!(
        ShadowingExtended::try_from(471),
        Ok(ShadowingExtended::Error)
    );
    assert_eq!(
        status::HttpStatus::try_from(ShadowingExtended::Err)
            .unwrap_err()
            .code(),
        470
    );
    assert_eq!(
        ShadowingExtended::from(status::HttpStatus::Ok),
        ShadowingExtended::Ok
    );
}

#[test]
fn raw_identifiers_are_named_without_their_prefix() {
    assert_eq!(Shadowing::Match.name(), "MATCH");
    assert_eq!(Shadowing::Match.aliases(), ["TYPE", "ALIAS_OK"]);
    assert_eq!(Shadowing::from_name("TYPE"), Some(Shadowing::Match));
    assert_eq!(Shadowing::from_name("r#TYPE"), None);
    assert_eq!(Shadowing::Type, Shadowing::Match);
    assert_eq!(shadowing_codes::r#TYPE, 228);
    assert_eq!(shadowing_codes::MATCH, 228);
}
