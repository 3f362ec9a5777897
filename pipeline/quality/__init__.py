"""Quality gates: Great Expectations suites per stage, run between the stages."""
from pipeline.quality.gate import GateFailure, GateInput, check, gate_input, prepare, run_gate

__all__ = ["GateFailure", "GateInput", "check", "gate_input", "prepare", "run_gate"]
