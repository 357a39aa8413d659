//! Runs an example service as a user runs it: its own process on a free port of `127.0.0.1`,
//! stopped however the test ends.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

/// Kills the service however the test ends.
pub struct Service(Child);

impl Drop for Service {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts the service's binary on `127.0.0.1:0`, and the address it listens on.
pub fn start(binary: &str) -> (Service, String) {
    let mut child = Command::new(binary)
        .arg("127.0.0.1:0")
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let service = Service(child);
    // The first line says where it listens; reading it waits for the bind.
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line).unwrap();
    let address = line.trim().strip_prefix("listening on http://").unwrap();
    (service, address.to_owned())
}
