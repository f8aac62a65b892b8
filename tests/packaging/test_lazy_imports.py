"""What importing the package loads: a public name is imported on first use, and the models of an
operation group are built only when one of them is first named."""

from __future__ import annotations

import json
import subprocess
import sys
from types import ModuleType

import pytest

import mpesa
from mpesa import models

GROUP_MODELS = "mpesa._generated.models."
SHARED_MODELS = GROUP_MODELS + "_shared"


def loaded_after(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running ``code``."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    return set(json.loads(result.stdout.splitlines()[-1]))


def group_models(code: str) -> set[str]:
    """The model modules of operation groups loaded after running ``code``."""
    return {name for name in loaded_after(code) if name.startswith(GROUP_MODELS)}


def test_importing_the_package_builds_no_model_of_any_operation_group() -> None:
    assert group_models("import mpesa") == set()


def test_importing_the_adapters_and_the_registry_builds_no_model() -> None:
    assert group_models("from mpesa import OPERATIONS, AsyncMpesaAdapter, MpesaAdapter") == set()


def test_naming_a_model_builds_only_the_models_of_its_operation_group() -> None:
    loaded = group_models("import mpesa\nmpesa.models.B2CPaymentRequest")
    assert loaded - {SHARED_MODELS} == {GROUP_MODELS + "b2c"}


def test_an_operation_builds_its_models_when_it_first_uses_them() -> None:
    code = "import mpesa\nmpesa.OPERATIONS['initiate_stk_push'].response_model"
    assert group_models(code) - {SHARED_MODELS} == {GROUP_MODELS + "mpesa_express"}


def test_the_adapter_loads_no_sqlite_cryptography_or_callback_parser_until_used() -> None:
    loaded = loaded_after("from mpesa import MpesaAdapter, MpesaConfig")
    assert {"sqlite3", "cryptography", "mpesa.callbacks"} & loaded == set()


def test_every_public_name_of_the_package_resolves_and_is_listed() -> None:
    for name in mpesa.__all__:
        getattr(mpesa, name)
    assert set(mpesa.__all__) <= set(dir(mpesa))


def test_every_model_name_resolves_to_the_class_of_that_name() -> None:
    assert [getattr(models, name).__name__ for name in models.__all__] == models.__all__
    assert set(models.__all__) <= set(dir(models))


def test_a_public_model_is_the_generated_class_itself() -> None:
    assert models.StkPushRequest is mpesa.OPERATIONS["initiate_stk_push"].request_model


@pytest.mark.parametrize("module", [mpesa, models])
def test_an_unknown_name_is_an_attribute_error_naming_it(module: ModuleType) -> None:
    with pytest.raises(AttributeError, match="NoSuchName"):
        module.NoSuchName  # noqa: B018
