def crontab(minute="*", hour="*", day_of_week="*", day_of_month="*", month_of_year="*"):
    return {"crontab": {"minute": str(minute), "hour": str(hour), "day_of_week": str(day_of_week),
                        "day_of_month": str(day_of_month), "month_of_year": str(month_of_year)}}
