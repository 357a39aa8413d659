//! A `no_std` firmware's statuses: it extends the company's set, named by the module it is
//! defined in, through a renamed dependency on the facade (`crate = ...`).

#![no_std]
#![forbid(unsafe_code)]
#![deny(warnings, missing_docs, unused_qualifications)]
#![deny(clippy::pedantic)]

device_status::status_codes! {
    /// The device's statuses: Acme's, and the device's own.
    pub enum DeviceStatus;
    crate = device_status;
    extends acme_status::errors::AcmeStatus;
    #[no_content]
    480 => BATTERY_LOW, "Battery Low", "The device is saving power and answers nothing more.";
}

/// What the device answers when its battery runs low: its own status, or the company's.
#[must_use]
pub fn battery_status(percent: u8) -> DeviceStatus {
    if percent < 5 {
        DeviceStatus::BatteryLow
    } else {
        acme_status::AcmeStatus::Ok.into()
    }
}
