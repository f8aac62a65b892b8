"""Every ``mpesa`` subcommand works with only what ``mpesa sandbox`` printed, pasted in a shell.

Results and callbacks land in the sandbox's own inbox, at the URLs it printed.
"""

from __future__ import annotations

from tests.sandbox.sandbox_process import SandboxProcess

STK_PUSH = "mpesa stk-push --phone 0708374149 --amount 10 --reference INV001"
CHECKOUT_ID = r"""sed -n 's/.*"CheckoutRequestID": "\(.*\)".*/\1/p'"""
"""Reads the CheckoutRequestID out of ``--json`` output."""


def paid_receipt(sandbox: SandboxProcess) -> str:
    """The receipt of an STK push paid through the command line."""
    run = sandbox.mpesa(STK_PUSH)
    assert run.returncode == 0, run.stderr
    sandbox.settle()
    receipt = sandbox.get("/sandbox/transactions")["transactions"][-1]["receipt"]
    assert isinstance(receipt, str)
    return receipt


def test_stk_push_is_paid_and_its_callback_lands_in_the_inbox(
    running_sandbox: SandboxProcess,
) -> None:
    run = running_sandbox.mpesa(STK_PUSH)

    assert run.returncode == 0, run.stderr
    assert "CheckoutRequestID" in run.stdout
    (callback,) = running_sandbox.inbox("callback")
    assert callback["Body"]["stkCallback"]["ResultCode"] == 0


def test_stk_query_reads_the_outcome_of_a_push(running_sandbox: SandboxProcess) -> None:
    run = running_sandbox.mpesa(
        f"id=$({STK_PUSH} --json | {CHECKOUT_ID})\n"
        'mpesa stk-query --checkout-request-id "$id" --json'
    )

    assert run.returncode == 0, run.stderr
    assert '"ResultCode": "0"' in run.stdout


def test_b2c_payment_succeeds(running_sandbox: SandboxProcess) -> None:
    run = running_sandbox.mpesa("mpesa b2c --phone 0712345678 --amount 100")

    assert run.returncode == 0, run.stderr
    assert running_sandbox.result_codes() == ["0"]


def test_account_balance_is_reported(running_sandbox: SandboxProcess) -> None:
    run = running_sandbox.mpesa("mpesa balance")

    assert run.returncode == 0, run.stderr
    (result,) = running_sandbox.inbox("result")
    assert result["Result"]["ResultCode"] == "0"
    keys = [item["Key"] for item in result["Result"]["ResultParameters"]["ResultParameter"]]
    assert "AccountBalance" in keys


def test_transaction_status_finds_a_receipt(running_sandbox: SandboxProcess) -> None:
    receipt = paid_receipt(running_sandbox)

    run = running_sandbox.mpesa(f"mpesa status --transaction-id {receipt}")

    assert run.returncode == 0, run.stderr
    assert running_sandbox.result_codes() == ["0"]


def test_reversal_of_a_payment_succeeds(running_sandbox: SandboxProcess) -> None:
    receipt = paid_receipt(running_sandbox)

    run = running_sandbox.mpesa(f"mpesa reverse-transaction --transaction-id {receipt} --amount 10")

    assert run.returncode == 0, run.stderr
    assert running_sandbox.result_codes() == ["0"]


def test_c2b_register_then_simulate_calls_validation_and_confirmation(
    running_sandbox: SandboxProcess,
) -> None:
    run = running_sandbox.mpesa(
        "mpesa c2b-register-url && "
        "mpesa c2b-simulate --phone-number 254708374149 --amount 10 --bill-ref-number INV1"
    )

    assert run.returncode == 0, run.stderr
    (validation,) = running_sandbox.inbox("validation")
    (confirmation,) = running_sandbox.inbox("confirmation")
    assert validation["TransID"] == confirmation["TransID"]


def test_a_command_needing_a_setting_the_sandbox_cannot_give_names_the_variable(
    running_sandbox: SandboxProcess,
) -> None:
    run = running_sandbox.mpesa("mpesa bill-manager-cancel-invoice --external-reference INV1")

    assert run.returncode == 2
    assert "MPESA_BILL_MANAGER_APP_KEY" in run.stderr
