"""The secret key that authenticates models, caches and chains lives outside the warehouse."""

from __future__ import annotations

import stat

import pytest

from ingest import secretkey


@pytest.fixture
def config_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("AISOC_SECRET_KEY", raising=False)
    monkeypatch.delenv("AISOC_SECRET_KEY_FILE", raising=False)
    return tmp_path / "config"


def test_created_once_with_owner_only_mode(config_home):
    key = secretkey.secret_key()
    path = config_home / "aisoc" / "secret.key"
    assert path.read_bytes().strip() == key and len(key) == 64
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    secretkey._cache.clear()
    assert secretkey.secret_key() == key  # read back, not replaced


def test_environment_wins_and_short_keys_are_refused(config_home, monkeypatch, tmp_path):
    monkeypatch.setenv("AISOC_SECRET_KEY", "a" * 32)
    assert secretkey.secret_key() == b"a" * 32
    assert not (config_home / "aisoc" / "secret.key").exists()
    monkeypatch.delenv("AISOC_SECRET_KEY")
    (tmp_path / "k").write_text("b" * 40 + "\n")
    monkeypatch.setenv("AISOC_SECRET_KEY_FILE", str(tmp_path / "k"))
    assert secretkey.secret_key() == b"b" * 40
    monkeypatch.setenv("AISOC_SECRET_KEY", "short")
    with pytest.raises(secretkey.SecretKeyError, match="at least 16"):
        secretkey.secret_key()


def test_tags_are_bound_to_key_and_purpose(config_home, monkeypatch):
    tag = secretkey.sign("behaviour-model", b"payload")
    assert secretkey.verify("behaviour-model", b"payload", tag)
    assert not secretkey.verify("embedding-cache", b"payload", tag)
    assert not secretkey.verify("behaviour-model", b"payload!", tag)
    assert not secretkey.verify("behaviour-model", b"payload", None)
    monkeypatch.setenv("AISOC_SECRET_KEY", "another key, long enough")
    assert not secretkey.verify("behaviour-model", b"payload", tag)
