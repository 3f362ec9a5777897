"""Quality gates: Great Expectations suites per stage, run between the stages."""
from pipeline.quality.gate import GateFailure, check

__all__ = ["GateFailure", "check"]
