# day
