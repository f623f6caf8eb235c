//! Who a request came from, for rate limits and the audit: the connection's peer, unless
//! the peer is a proxy the council said to trust (`--trusted-proxy`), in which case the
//! nearest address it forwarded that is not itself a trusted proxy. Nothing is trusted by
//! default, so a forged `X-Forwarded-For` from anyone else changes nothing.

use std::net::{IpAddr, SocketAddr};
use std::str::FromStr;

use axum::extract::ConnectInfo;
use axum::http::{Extensions, HeaderMap};

/// An address or a network (`10.0.0.0/8`, `2001:db8::/32`, `192.0.2.10`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr {
    network: IpAddr,
    prefix: u8,
}

impl FromStr for Cidr {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, String> {
        let text = text.trim();
        let (address, prefix) = text.split_once('/').unwrap_or((text, ""));
        let network: IpAddr = address
            .parse()
            .map_err(|_| format!("{text:?} is not an address or a network such as 10.0.0.0/8"))?;
        let most = if network.is_ipv4() { 32 } else { 128 };
        let prefix = if prefix.is_empty() {
            most
        } else {
            prefix
                .parse::<u8>()
                .ok()
                .filter(|p| *p <= most)
                .ok_or_else(|| format!("{text:?} has a prefix that is not 0 to {most}"))?
        };
        Ok(Self { network, prefix })
    }
}

impl std::fmt::Display for Cidr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.network, self.prefix)
    }
}

impl Cidr {
    pub fn contains(&self, address: IpAddr) -> bool {
        let bits = |ip: IpAddr| -> Option<(u128, u8)> {
            match ip {
                IpAddr::V4(v4) => Some((u128::from(u32::from(v4)) << 96, 32)),
                IpAddr::V6(v6) => Some((u128::from(v6), 128)),
            }
        };
        let (Some((net, width)), Some((ip, ip_width))) = (bits(self.network), bits(address)) else {
            return false;
        };
        if width != ip_width {
            return false;
        }
        let mask = if self.prefix == 0 {
            0
        } else {
            u128::MAX << (128 - u32::from(self.prefix))
        };
        net & mask == ip & mask
    }
}

/// The client of a request, from the connection axum recorded and the request's headers.
pub fn of_request(extensions: &Extensions, headers: &HeaderMap, trusted: &[Cidr]) -> String {
    let peer = extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(addr)| addr.ip());
    address(peer, headers, trusted)
}

/// The client's address as a string, for keys and the audit.
pub fn address(peer: Option<IpAddr>, headers: &HeaderMap, trusted: &[Cidr]) -> String {
    let Some(peer) = peer else {
        return "unknown".into();
    };
    let is_trusted = |ip: IpAddr| trusted.iter().any(|cidr| cidr.contains(ip));
    if !is_trusted(peer) {
        return peer.to_string();
    }
    // Right to left: each trusted proxy appended whom it heard from.
    for hop in forwarded_chain(headers).iter().rev() {
        match parse_hop(hop) {
            Some(ip) if is_trusted(ip) => {}
            Some(ip) => return ip.to_string(),
            None => break,
        }
    }
    peer.to_string()
}

/// The addresses of `X-Forwarded-For`, or else of `Forwarded`'s `for=`, in order.
fn forwarded_chain(headers: &HeaderMap) -> Vec<String> {
    let values = |name: &str| -> Vec<String> {
        headers
            .get_all(name)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(|v| v.trim().to_owned())
            .collect()
    };
    let chain = values("x-forwarded-for");
    if !chain.is_empty() {
        return chain;
    }
    values("forwarded")
        .iter()
        .filter_map(|element| {
            element.split(';').find_map(|pair| {
                let (key, value) = pair.split_once('=')?;
                key.trim()
                    .eq_ignore_ascii_case("for")
                    .then(|| value.trim().trim_matches('"').to_owned())
            })
        })
        .collect()
}

/// `203.0.113.9`, `203.0.113.9:4711`, `[2001:db8::1]:4711` or `2001:db8::1`.
fn parse_hop(hop: &str) -> Option<IpAddr> {
    if let Ok(ip) = hop.parse() {
        return Some(ip);
    }
    let host = match hop.strip_prefix('[') {
        Some(rest) => rest.split(']').next()?,
        None => hop.rsplit_once(':').map_or(hop, |(host, _)| host),
    };
    host.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_str(value).expect("header"));
        }
        map
    }

    #[test]
    fn a_forged_header_from_anyone_untrusted_changes_nothing() {
        let peer = Some("198.51.100.7".parse().expect("ip"));
        let forged = headers(&[("x-forwarded-for", "192.0.2.1")]);
        assert_eq!(address(peer, &forged, &[]), "198.51.100.7");
        let proxies = ["10.0.0.0/8".parse().expect("cidr")];
        assert_eq!(address(peer, &forged, &proxies), "198.51.100.7");
    }

    #[test]
    fn behind_a_trusted_proxy_the_nearest_untrusted_hop_is_the_client() {
        let proxies: Vec<Cidr> = ["10.0.0.0/8", "2001:db8::/32"]
            .map(|c| c.parse().expect("cidr"))
            .to_vec();
        let peer = Some("10.1.2.3".parse().expect("ip"));
        // The client may put anything on the left; only what our proxies added counts.
        let chain = headers(&[("x-forwarded-for", "1.2.3.4, 203.0.113.9, 10.0.0.5")]);
        assert_eq!(address(peer, &chain, &proxies), "203.0.113.9");
        let rfc = headers(&[("forwarded", "for=\"[2001:db8::9]:443\", for=203.0.113.20;proto=https")]);
        assert_eq!(address(peer, &rfc, &proxies), "203.0.113.20");
        assert_eq!(address(peer, &HeaderMap::new(), &proxies), "10.1.2.3");
        assert!("300.1.1.1/8".parse::<Cidr>().is_err());
        assert!("10.0.0.0/33".parse::<Cidr>().is_err());
    }
}
