// Sets whose macros answer in another version of the protocol between sets, as a set built by
// another version of `status-codes` would.
mod newer {
    pub enum NewerStatus {}

    #[macro_export]
    macro_rules! newer_status {
        (($($krate:tt)*) $($input:tt)*) => {
            $($krate)*::status_codes! {
                $($input)*
                @source 4 "status-macros 0.4.0" "newer" { some_flag } { } { }
            }
        };
    }
    pub use newer_status as NewerStatus;
}

mod older {
    pub enum OlderStatus {}

    #[macro_export]
    macro_rules! older_status {
        (($($krate:tt)*) $($input:tt)*) => {
            $($krate)*::status_codes! {
                $($input)*
                @source "older" { } { 470 => X, "X", "X."; }
            }
        };
    }
    pub use older_status as OlderStatus;
}

status::status_codes! {
    pub enum A;
    extends newer::NewerStatus;
}

status::status_codes! {
    pub enum B;
    use older::OlderStatus::{X};
}

fn main() {}
