//! Where the preview listens, and the Host values it answers to.

use std::net::{IpAddr, SocketAddr, TcpListener};

/// Bind `addr:port`; a busy port says which port to try instead.
pub fn bind(addr: IpAddr, port: u16) -> Result<(TcpListener, SocketAddr), String> {
    match TcpListener::bind(SocketAddr::new(addr, port)) {
        Ok(listener) => {
            let bound = listener.local_addr().unwrap_or(SocketAddr::new(addr, port));
            Ok((listener, bound))
        }
        Err(e) => {
            let suggestion = free_port(addr, port)
                .map(|p| format!("; try `--port {p}`"))
                .unwrap_or_default();
            if e.kind() == std::io::ErrorKind::AddrInUse {
                Err(format!("port {port} on {addr} is already in use, perhaps by another preview{suggestion}"))
            } else {
                Err(format!("cannot listen on {addr}:{port}: {e}{suggestion}"))
            }
        }
    }
}

/// A free port near `port`, to suggest.
fn free_port(addr: IpAddr, port: u16) -> Option<u16> {
    (port.saturating_add(1)..port.saturating_add(20))
        .find(|p| TcpListener::bind((addr, *p)).is_ok())
}

/// The Host values the preview answers to. A page on another site that a browser was
/// tricked into sending here (DNS rebinding) names its own host, and is refused.
pub struct Hosts {
    bound: SocketAddr,
}

impl Hosts {
    pub fn new(bound: SocketAddr) -> Hosts {
        Hosts { bound }
    }

    /// Whether a request that reached the preview at `local` (this machine's address
    /// the client connected to) may be answered when it names `host`. Loopback names
    /// always; the bound address; and, when the preview listens on every address
    /// (`--bind 0.0.0.0`), the address the request came in on, which is how another
    /// device on the network names this machine.
    pub fn allow(&self, host: Option<&str>, local: Option<SocketAddr>) -> bool {
        let Some(host) = host.map(str::to_ascii_lowercase) else {
            return false;
        };
        let port = self.bound.port();
        let named = |ip: IpAddr| host == SocketAddr::new(ip, port).to_string();
        if ["127.0.0.1", "localhost", "[::1]"]
            .iter()
            .any(|name| host == format!("{name}:{port}"))
        {
            return true;
        }
        if !self.bound.ip().is_unspecified() {
            return named(self.bound.ip());
        }
        local.is_some_and(|local| local.port() == port && named(local.ip()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_names_the_bound_address_and_the_address_reached_are_allowed() {
        let loopback = Hosts::new("127.0.0.1:3210".parse().unwrap());
        assert!(loopback.allow(Some("localhost:3210"), None));
        assert!(loopback.allow(Some("127.0.0.1:3210"), None));
        assert!(loopback.allow(Some("[::1]:3210"), None));
        assert!(!loopback.allow(Some("attacker.example:3210"), None));
        assert!(!loopback.allow(Some("localhost:80"), None));
        assert!(!loopback.allow(None, None));

        let everywhere = Hosts::new("0.0.0.0:3210".parse().unwrap());
        let reached: SocketAddr = "192.168.1.20:3210".parse().unwrap();
        assert!(everywhere.allow(Some("192.168.1.20:3210"), Some(reached)));
        assert!(everywhere.allow(Some("LOCALHOST:3210"), Some(reached)));
        assert!(!everywhere.allow(Some("192.168.1.99:3210"), Some(reached)));
        assert!(!everywhere.allow(Some("rebind.example:3210"), Some(reached)));

        let one = Hosts::new("10.0.0.5:3210".parse().unwrap());
        assert!(one.allow(Some("10.0.0.5:3210"), None));
    }
}
