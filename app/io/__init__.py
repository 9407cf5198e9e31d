"""Readers: files that come into the product (invoices, exchange-rate files, catalog
spreadsheets, Data Stage deliveries, SAAI M3 files). No Qt. Outputs live in ``app.report``."""
