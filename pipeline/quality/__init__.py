"""Quality gates: Great Expectations suites per stage, run between the stages."""
from pipeline.quality.gate import GateFailure, GateWarning, check, prepare

__all__ = ["GateFailure", "GateWarning", "check", "prepare"]
