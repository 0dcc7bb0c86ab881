import warnings
warnings.filterwarnings("ignore", message=r".*backfill_policy.*beta")
