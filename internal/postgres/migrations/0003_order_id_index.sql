-- Orders by id, for GET /v1/orders/{order_id} and order.status: the unique
-- index on order_id covers open orders only.
CREATE INDEX orders_order_id ON orders (order_id, account_id);
