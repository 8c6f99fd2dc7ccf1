"""Rules: typed facts, policy parameters as data, the deterministic eligibility engine.

from rules import Facts, Verdict, evaluate, load_parameters
verdict = evaluate(Facts(...), as_of=datetime.date.today())
"""

from rules.engine import evaluate
from rules.facts import Facts, Honour, SkillCertificate
from rules.labels import load_labels
from rules.parameters import Parameter, Parameters, load_parameters
from rules.path import PathMap, Rung, Standing, path_map
from rules.verdict import Condition, OtherOption, Verdict

__all__ = [
    "Condition",
    "Facts",
    "Honour",
    "OtherOption",
    "Parameter",
    "Parameters",
    "PathMap",
    "Rung",
    "SkillCertificate",
    "Standing",
    "Verdict",
    "evaluate",
    "load_labels",
    "load_parameters",
    "path_map",
]
