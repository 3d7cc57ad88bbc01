import asyncio

UNIT = 0.1  # one unit of time, in seconds


# ANCHOR: all
tickets = 3
sold = []


async def take_payment(buyer):
    await asyncio.sleep(UNIT)  # 1 unit


async def check_pay_take(buyer):
    global tickets
    if tickets > 0:  # every buyer checks before anyone has paid...
        await take_payment(buyer)
        tickets -= 1  # ...so every buyer gets here
        sold.append(buyer)


async def take_then_pay(buyer):
    global tickets
    if tickets > 0:  # no await between the check and the act
        tickets -= 1
        await take_payment(buyer)
        sold.append(buyer)


async def main():
    global tickets
    for sell in (check_pay_take, take_then_pay):
        tickets, sold[:] = 3, []
        async with asyncio.TaskGroup() as group:
            for buyer in ["zoe", "max", "ann", "kim", "bob"]:
                group.create_task(sell(buyer))
        print(f"{sell.__name__:<15} sold {len(sold)} of 3 tickets, {tickets} left")
# ANCHOR_END: all

asyncio.run(main())
