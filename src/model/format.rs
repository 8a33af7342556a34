//! en-GB number formats: `12,981`, `87.0%`, `£298m`, `245.3 per 100,000`.

use crate::model::ValueType;

/// Formats a number with `decimals` places and commas between thousands: `12,981` or `1,234.5`.
/// Values that are not finite are written `n/a`.
pub fn format_number(value: f64, decimals: u8) -> String {
    if !value.is_finite() {
        return "n/a".to_owned();
    }
    // Round half away from zero (73.25 → 73.3), as UK official statistics do; formatting
    // alone would round half to even.
    let factor = 10f64.powi(i32::from(decimals.min(12)));
    let rounded = (value.abs() * factor).round() / factor;
    let text = format!("{:.*}", usize::from(decimals), rounded);
    let (whole, fraction) = match text.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (text.as_str(), None),
    };
    let mut grouped = String::with_capacity(text.len() + whole.len() / 3 + 1);
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    if let Some(f) = fraction {
        grouped.push('.');
        grouped.push_str(f);
    }
    // No "-0" after rounding.
    let is_zero = grouped.chars().all(|c| matches!(c, '0' | ',' | '.'));
    if value < 0.0 && !is_zero {
        grouped.insert(0, '-');
    }
    grouped
}

/// Formats a value with the symbol or words of its type: `12,981`, `87.0%`, `£298m`,
/// `245.3 per 100,000`, `63.4 years`.
pub fn format_value(value: f64, value_type: ValueType, decimals: u8) -> String {
    let n = format_number(value, decimals);
    match value_type {
        ValueType::Count | ValueType::Ratio | ValueType::Score => n,
        ValueType::Percent => format!("{n}%"),
        ValueType::RatePer100k => format!("{n} per 100,000"),
        ValueType::RatePer1000 => format!("{n} per 1,000"),
        ValueType::Years => format!("{n} years"),
        ValueType::GbpMillion => match n.strip_prefix('-') {
            Some(positive) => format!("-£{positive}m"),
            None => format!("£{n}m"),
        },
        ValueType::Gbp => match n.strip_prefix('-') {
            Some(positive) => format!("-£{positive}"),
            None => format!("£{n}"),
        },
    }
}

/// Formats a change in percent with its sign: `+13.7%`, `-2.0%`, `0.0%`.
pub fn format_change_percent(change: f64, decimals: u8) -> String {
    let n = format_number(change, decimals);
    if change > 0.0 && n.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("+{n}%")
    } else {
        format!("{n}%")
    }
}

/// Reads a number typed by a user: digits with at most one decimal point, an optional sign and
/// commas between thousands (`2.4`, `-0.5`, `1,200`). Gives the same value as Rust's own float
/// parsing for up to 15 significant digits (the integer and the power of ten are exact, so the
/// one division rounds correctly), without that parser's tables in the page. Anything else,
/// including exponents and more digits, is `None`.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let text = text.trim();
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let whole: String = whole.chars().filter(|c| *c != ',').collect();
    if whole.is_empty() && fraction.is_empty() {
        return None;
    }
    let mut mantissa: u64 = 0;
    let mut count = 0;
    for c in whole.chars().chain(fraction.chars()) {
        let digit = c.to_digit(10)?;
        mantissa = mantissa * 10 + u64::from(digit);
        if mantissa > 0 {
            count += 1;
        }
        if count > 15 {
            return None;
        }
    }
    if fraction.len() > 22 {
        return None;
    }
    let scale = 10f64.powi(i32::try_from(fraction.len()).ok()?);
    let value = mantissa as f64 / scale;
    Some(if negative { -value } else { value })
}

/// `text` with the characters that are markup in HTML (and in attribute values) escaped.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// The first `max` characters of `chars`, then `…` if any were left out: how notices, names
/// and problem lists keep text from a file or a link to a readable length.
pub fn at_most(chars: impl Iterator<Item = char>, max: usize) -> String {
    let mut chars = chars.peekable();
    let mut text: String = chars.by_ref().take(max).collect();
    if chars.peek().is_some() {
        text.push('…');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_cut_to_at_most_its_length_with_an_ellipsis() {
        assert_eq!(at_most("abc".chars(), 3), "abc");
        assert_eq!(at_most("abcd".chars(), 3), "abc…");
        assert_eq!(at_most("".chars(), 3), "");
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(format_number(12981.0, 0), "12,981");
        assert_eq!(format_number(57_690_323.0, 0), "57,690,323");
        assert_eq!(format_number(999.0, 0), "999");
        assert_eq!(format_number(1234.56, 1), "1,234.6");
        assert_eq!(format_number(73.25, 1), "73.3");
        assert_eq!(format_number(-0.25, 1), "-0.3");
        assert_eq!(format_number(-1234.0, 0), "-1,234");
        assert_eq!(format_number(-0.04, 1), "0.0");
        assert_eq!(format_number(f64::NAN, 1), "n/a");
    }

    #[test]
    fn formats_each_value_type() {
        assert_eq!(format_value(87.0, ValueType::Percent, 1), "87.0%");
        assert_eq!(format_value(298.0, ValueType::GbpMillion, 0), "£298m");
        assert_eq!(format_value(-12.5, ValueType::GbpMillion, 1), "-£12.5m");
        assert_eq!(format_value(27_296.0, ValueType::Gbp, 0), "£27,296");
        assert_eq!(format_value(-5.0, ValueType::Gbp, 0), "-£5");
        assert_eq!(
            format_value(245.26, ValueType::RatePer100k, 1),
            "245.3 per 100,000"
        );
        assert_eq!(format_value(63.44, ValueType::Years, 1), "63.4 years");
        assert_eq!(format_value(12981.0, ValueType::Count, 0), "12,981");
    }

    #[test]
    fn signs_changes() {
        assert_eq!(format_change_percent(13.71, 1), "+13.7%");
        assert_eq!(format_change_percent(-2.0, 1), "-2.0%");
        assert_eq!(format_change_percent(0.01, 1), "0.0%");
    }

    #[test]
    fn reads_typed_numbers_as_rust_does() {
        for text in [
            "2.4", "0.5", "1200", "1,200", "-0.5", "+3", "10000", ".5", "5.", "2.35", "0.1",
        ] {
            let expected: f64 = text.replace(',', "").parse().unwrap();
            assert_eq!(parse_decimal(text), Some(expected), "{text}");
        }
        for bad in [
            "",
            " ",
            "-",
            ".",
            "1e3",
            "2.4.1",
            "abc",
            "1 200",
            "NaN",
            "inf",
            "12345678901234567",
        ] {
            assert_eq!(parse_decimal(bad), None, "{bad}");
        }
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_rusts_parser(whole in 0u64..1_000_000_000, fraction in "[0-9]{0,6}") {
            let text = if fraction.is_empty() { whole.to_string() } else { format!("{whole}.{fraction}") };
            let expected: f64 = text.parse().unwrap();
            proptest::prop_assert_eq!(parse_decimal(&text), Some(expected));
        }
    }
}
