"""Replies: inbound email read (parse, in a sandbox), matched and applied (receiving), and the
IMAP poller (imap). Kept free of imports so the sandbox's child loads only the parser."""
