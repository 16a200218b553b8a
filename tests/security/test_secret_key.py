"""The secret key that authenticates models, caches and chains lives outside the warehouse."""

from __future__ import annotations

import stat

import pytest

from aisoc.ingest.kernel import secretkey


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


# --- creating the key file: never seen empty or partial (issue 15 follow-up) -----------------------


def _another_process_reads_at_each_step(monkeypatch, path, seen: list) -> None:
    """After every file-system step of the creation, read the key file as a second process
    would at that instant: it must be absent or hold the whole key, never an empty file."""
    import os

    for name in ("open", "write", "link", "rename", "replace"):
        real = getattr(os, name)

        def step(*args, _real=real, _name=name, **kwargs):
            result = _real(*args, **kwargs)
            seen.append((_name, path.read_bytes() if path.exists() else None))
            return result

        monkeypatch.setattr(os, name, step)


def test_a_second_process_never_reads_an_empty_key_file(config_home, monkeypatch):
    path = config_home / "aisoc" / "secret.key"
    seen: list = []
    with monkeypatch.context() as patched:  # (undo() would also drop config_home's environment)
        _another_process_reads_at_each_step(patched, path, seen)
        key = secretkey.secret_key()
    assert seen, "the creation made no file-system step"
    assert all(content in (None, key + b"\n") for _, content in seen), seen


def test_a_creation_interrupted_before_the_write_leaves_no_key_file(config_home, monkeypatch):
    import os

    def crash(*args, **kwargs):
        raise KeyboardInterrupt  # the process dies between creating the file and writing it

    with monkeypatch.context() as patched, pytest.raises(KeyboardInterrupt):
        patched.setattr(os, "fdopen", crash)
        secretkey.secret_key()
    secretkey._cache.clear()
    key = secretkey.secret_key()  # the next run creates a key instead of failing for ever
    assert len(key) == 64
    assert [p.name for p in (config_home / "aisoc").iterdir()] == ["secret.key"]  # no temp file left


def test_an_empty_key_file_left_by_an_older_release_says_what_to_do(config_home):
    path = config_home / "aisoc" / "secret.key"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"")  # what an older release left when it died between create and write
    with pytest.raises(secretkey.SecretKeyError, match="is empty .*delete it"):
        secretkey.secret_key()
