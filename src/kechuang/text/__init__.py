"""Loading documents into normalised text: decoding, HTML, Word, PDF, site chrome."""
