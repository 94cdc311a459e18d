//! Reading a CSV file as spreadsheets write it: UTF-8 with or without a byte-order mark,
//! CRLF or LF line ends, quoted cells holding commas, quotes and line breaks, and commas,
//! semicolons or tabs between cells (whichever the header row uses most).

/// A spreadsheet: its header row and its data rows, numbered as the spreadsheet numbers
/// them (the header is row 1). Rows with no text at all are left out.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<(usize, Vec<String>)>,
}

/// Read CSV bytes. Errors say how to save the file so that it reads.
pub fn read_csv(bytes: &[u8]) -> Result<Table, String> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(
            "the file is UTF-16 text; save it as \"CSV UTF-8\" (in Excel: Save As, CSV UTF-8)"
                .to_string(),
        );
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let delimiter = delimiter(bytes);
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(bytes);
    let mut headers: Option<Vec<String>> = None;
    let mut rows = Vec::new();
    let mut record = ::csv::ByteRecord::new();
    let mut number = 0;
    // Where the last row starts: only the last can hold a quote that never closes, as
    // such a quote takes in the rest of the file.
    let mut last_start = 0;
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => return Err(format!("row {}: {e}", number + 1)),
        }
        number += 1;
        last_start = record.position().map_or(0, |p| p.byte() as usize);
        let mut cells = Vec::with_capacity(record.len());
        for field in record.iter() {
            let text = std::str::from_utf8(field).map_err(|_| {
                format!(
                    "row {number} is not UTF-8 text; save the file as \"CSV UTF-8\" (in Excel: Save As, CSV UTF-8)"
                )
            })?;
            cells.push(text.to_string());
        }
        match headers {
            None => headers = Some(cells.iter().map(|h| h.trim().to_string()).collect()),
            Some(_) if cells.iter().all(|c| c.trim().is_empty()) => {}
            Some(_) => rows.push((number, cells)),
        }
    }
    if number > 0
        && let Some(open) = unclosed_quote(&bytes[last_start..], delimiter)
    {
        let at = last_start + open;
        let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
        return Err(format!(
            "row {number}: a quoted cell opens at line {line} and is never closed, so the rest of the file would be read as one cell; add the closing `\"` (or save the file from the spreadsheet again)"
        ));
    }
    let headers = headers
        .filter(|h| h.iter().any(|c| !c.is_empty()))
        .ok_or_else(|| "the file is empty; its first row must name the columns".to_string())?;
    Ok(Table { headers, rows })
}

/// Where, in the bytes of the last row, a quoted cell opens that the file never closes:
/// the offset of its opening quote. A cell is quoted when its first character is `"`;
/// inside it `""` is a quote, and a lone `"` closes it.
fn unclosed_quote(row: &[u8], delimiter: u8) -> Option<usize> {
    let mut open: Option<usize> = None;
    let mut at_start = true;
    let mut i = 0;
    while i < row.len() {
        let b = row[i];
        match open {
            Some(_) if b == b'"' && row.get(i + 1) == Some(&b'"') => i += 1,
            Some(_) if b == b'"' => open = None,
            Some(_) => {}
            None if at_start && b == b'"' => open = Some(i),
            None if b == delimiter || b == b'\n' || b == b'\r' => {
                at_start = true;
                i += 1;
                continue;
            }
            None => {}
        }
        at_start = false;
        i += 1;
    }
    open
}

/// The separator the header row uses: `,` unless it has more `;` or tabs.
fn delimiter(bytes: &[u8]) -> u8 {
    let first = bytes.split(|&b| b == b'\n').next().unwrap_or(&[]);
    let count = |c: u8| first.iter().filter(|&&b| b == c).count();
    [b';', b'\t']
        .into_iter()
        .filter(|&d| count(d) > count(b','))
        .max_by_key(|&d| count(d))
        .unwrap_or(b',')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(t: &Table) -> Vec<Vec<&str>> {
        t.rows
            .iter()
            .map(|(_, r)| r.iter().map(String::as_str).collect())
            .collect()
    }

    #[test]
    fn excel_csv_with_bom_crlf_and_quoted_line_breaks() {
        let text = "\u{feff}Organization,Notes\r\n\"Acme, Inc.\",\"first line\r\nsecond \"\"quoted\"\" line\"\r\nBeta,plain\r\n,\r\n";
        let t = read_csv(text.as_bytes()).unwrap();
        assert_eq!(t.headers, vec!["Organization", "Notes"]);
        assert_eq!(
            cells(&t),
            vec![
                vec!["Acme, Inc.", "first line\r\nsecond \"quoted\" line"],
                vec!["Beta", "plain"]
            ]
        );
        // a row spanning two lines is still one spreadsheet row
        assert_eq!(t.rows[1].0, 3);
    }

    #[test]
    fn a_quote_that_never_closes_is_refused_at_its_row() {
        let text = "Name,Notes\nAcme,fine\nBeta,\"opens here\nCity Parks,more\nDelta,rest\n";
        let err = read_csv(text.as_bytes()).unwrap_err();
        assert!(
            err.starts_with("row 3: a quoted cell opens at line 3 and is never closed"),
            "{err}"
        );
        // a cell that opens on an earlier line of its row is found there
        let text = "Name,Notes\r\n\"Acme\r\nInc.\",\"a \"\"quoted\"\" word\r\nBeta,x\r\n";
        let err = read_csv(text.as_bytes()).unwrap_err();
        assert!(
            err.starts_with("row 2: a quoted cell opens at line 3"),
            "{err}"
        );
        // quotes inside a cell that is not quoted, and closed quotes, are fine
        let t = read_csv(b"Name,Size\nPipe,12\" long\n\"Acme, Inc.\",\"\"\"x\"\"\"\n").unwrap();
        assert_eq!(
            cells(&t),
            vec![vec!["Pipe", "12\" long"], vec!["Acme, Inc.", "\"x\""]]
        );
    }

    #[test]
    fn semicolons_and_tabs() {
        let t = read_csv(b"Name;Type\nAcme;corporate\n").unwrap();
        assert_eq!(cells(&t), vec![vec!["Acme", "corporate"]]);
        let t = read_csv(b"Name\tNotes\nAcme\ta, b\n").unwrap();
        assert_eq!(cells(&t), vec![vec!["Acme", "a, b"]]);
    }

    #[test]
    fn encodings_and_empty_files() {
        let latin1 = b"Name\nCaf\xe9\n";
        assert!(read_csv(latin1).unwrap_err().contains("row 2 is not UTF-8"));
        assert!(read_csv(b"\xff\xfeN\0").unwrap_err().contains("UTF-16"));
        assert!(read_csv(b"").unwrap_err().contains("empty"));
        assert!(read_csv(b"\xEF\xBB\xBF\r\n").unwrap_err().contains("empty"));
    }
}
