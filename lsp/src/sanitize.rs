//! Reads LSP frames (`Content-Length` + JSON body) and forwards only well-formed ones, so one
//! malformed message costs a log line instead of the whole session.

use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};

/// A harmless notification that stands in for a message that could not be decoded.
const PLACEHOLDER: &str = r#"{"jsonrpc":"2.0","method":"$/convexkit/droppedMessage"}"#;

pub async fn forward(input: impl AsyncRead + Unpin, mut output: impl AsyncWrite + Unpin) {
    let mut input = BufReader::new(input);
    loop {
        let mut length: Option<usize> = None;
        loop {
            let mut header = String::new();
            match input.read_line(&mut header).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
            let header = header.trim_end();
            if header.is_empty() {
                if length.is_some() {
                    break;
                }
                continue;
            }
            if let Some((name, value)) = header.split_once(':') {
                if name.eq_ignore_ascii_case("content-length") {
                    length = value.trim().parse().ok();
                }
            }
        }
        let Some(length) = length else { continue };
        let mut body = vec![0; length];
        if input.read_exact(&mut body).await.is_err() {
            return;
        }
        let body = if serde_json::from_slice::<serde_json::Value>(&body).is_ok() {
            body
        } else {
            eprintln!("convexkit lsp: dropped a message that is not JSON ({length} bytes)");
            PLACEHOLDER.as_bytes().to_vec()
        };
        let frame = [
            format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes(),
            body,
        ]
        .concat();
        if output.write_all(&frame).await.is_err() || output.flush().await.is_err() {
            return;
        }
    }
}
