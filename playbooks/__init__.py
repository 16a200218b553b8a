"""Playbook files and their loader/validator. Coming with the incident-response issue."""
