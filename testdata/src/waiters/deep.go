// Fixtures for waiters: the operation a few functions of the package
// down from the loop.
package waiters

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	ddbtypes "github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/service/ecs"
)

// services describes the services it is given, ten at a time (copilot's
// ECS.Services): for one name it is one call.
func (d *deployer) services(cluster string, names ...string) ([]*ecs.Service, error) {
	var all []*ecs.Service
	for i := 0; i < len(names); i += 10 {
		batch := names[i:min(i+10, len(names))]
		out, err := d.ecs.DescribeServices(&ecs.DescribeServicesInput{Cluster: &cluster, Services: aws.StringSlice(batch)})
		if err != nil {
			return nil, fmt.Errorf("describe services: %w", err)
		}
		if len(out.Failures) > 0 {
			return nil, fmt.Errorf("describe services: %s", out.Failures[0].String())
		}
		for j := range out.Services {
			all = append(all, out.Services[j])
		}
	}
	return all, nil
}

// oneService picks the one service asked for.
func (d *deployer) oneService(cluster, name string) (*ecs.Service, error) {
	svcs, err := d.services(cluster, name)
	if err != nil {
		return nil, err
	}
	if aws.StringValue(svcs[0].ServiceName) != name {
		return nil, fmt.Errorf("cannot find service %s", name)
	}
	return svcs[0], nil
}

// Positive: copilot's waitUntilServiceStable: DescribeServices two
// functions down, the service variable set before the loop.
func (d *deployer) waitUntilStable(svc *ecs.Service, tries int, every time.Duration) error {
	var err error
	for n := 0; ; n++ { // want `loop polls DescribeServices through oneService with a fixed delay`
		if len(svc.Deployments) == 1 && aws.Int64Value(svc.DesiredCount) == aws.Int64Value(svc.RunningCount) {
			return nil
		}
		if n >= tries {
			return errors.New("service not stable")
		}
		svc, err = d.oneService(aws.StringValue(svc.ClusterArn), aws.StringValue(svc.ServiceName))
		if err != nil {
			return err
		}
		time.Sleep(every)
	}
}

// describeTable, tableState and tableReady are three levels of the
// package's own functions over DescribeTable.
func describeTable(ctx context.Context, c *dynamodb.Client, name string) (*ddbtypes.TableDescription, error) {
	out, err := c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: &name})
	if err != nil {
		return nil, err
	}
	return out.Table, nil
}

func tableState(ctx context.Context, c *dynamodb.Client, name string) (ddbtypes.TableStatus, error) {
	t, err := describeTable(ctx, c, name)
	if err != nil {
		return "", err
	}
	return t.TableStatus, nil
}

func tableReady(ctx context.Context, c *dynamodb.Client, name string) (bool, error) {
	s, err := tableState(ctx, c, name)
	return s == ddbtypes.TableStatusActive, err
}

// Positive: the operation three functions down, v2.
func waitTableThreeDown(ctx context.Context, c *dynamodb.Client, name string) error {
	for { // want `loop polls DescribeTable through tableReady with a fixed delay`
		ok, err := tableReady(ctx, c, name)
		if err != nil {
			return err
		}
		if ok {
			return nil
		}
		time.Sleep(3 * time.Second)
	}
}

// tableReadyChecked adds a fourth level: past the bound.
func tableReadyChecked(ctx context.Context, c *dynamodb.Client, name string) (bool, error) {
	ok, err := tableReady(ctx, c, name)
	if err != nil {
		return false, fmt.Errorf("table %s: %w", name, err)
	}
	return ok, nil
}

// Negative: the operation four functions down is past the bound.
func waitTableFourDown(ctx context.Context, c *dynamodb.Client, name string) {
	for {
		if ok, err := tableReadyChecked(ctx, c, name); err == nil && ok {
			return
		}
		time.Sleep(3 * time.Second)
	}
}

// pingPong and pongPing call each other: the cycle is not followed.
func pingPong(ctx context.Context, c *dynamodb.Client, name string, n int) (bool, error) {
	if n > 0 {
		return pongPing(ctx, c, name, n-1)
	}
	return tableReady(ctx, c, name)
}

func pongPing(ctx context.Context, c *dynamodb.Client, name string, n int) (bool, error) {
	return pingPong(ctx, c, name, n)
}

// Negative: a cycle of the package's functions.
func waitTableCycle(ctx context.Context, c *dynamodb.Client, name string) {
	for {
		if ok, err := pingPong(ctx, c, name, 2); err == nil && ok {
			return
		}
		time.Sleep(3 * time.Second)
	}
}

// pairReady describes two tables through two levels each: two
// operations, not one wait.
func pairReady(ctx context.Context, c *dynamodb.Client, name, replica string) (bool, error) {
	a, err := tableState(ctx, c, name)
	if err != nil {
		return false, err
	}
	b, err := tableState(ctx, c, replica)
	return a == ddbtypes.TableStatusActive && b == ddbtypes.TableStatusActive, err
}

// Negative: the wrapper sends two describe calls two levels down.
func waitPair(ctx context.Context, c *dynamodb.Client, name, replica string) {
	for {
		if ok, err := pairReady(ctx, c, name, replica); err == nil && ok {
			return
		}
		time.Sleep(3 * time.Second)
	}
}

// scaleAndState writes the table's capacity, then reads its state a
// level down: work.
func scaleAndState(ctx context.Context, c *dynamodb.Client, name string, units int64) (ddbtypes.TableStatus, error) {
	_, err := c.UpdateTable(ctx, &dynamodb.UpdateTableInput{TableName: &name, ProvisionedThroughput: &ddbtypes.ProvisionedThroughput{ReadCapacityUnits: &units, WriteCapacityUnits: &units}})
	if err != nil {
		return "", err
	}
	return tableState(ctx, c, name)
}

// Negative: the wrapper also updates the table.
func waitScaled(ctx context.Context, c *dynamodb.Client, name string) {
	for {
		if s, err := scaleAndState(ctx, c, name, 10); err == nil && s == ddbtypes.TableStatusActive {
			return
		}
		time.Sleep(3 * time.Second)
	}
}

// Negative: the loop waits for the table's stream to be enabled: the
// fields it tests are the stream specification's, which no DescribeTable
// waiter reads.
func waitStreamEnabled(ctx context.Context, c *dynamodb.Client, name string) {
	for {
		out, err := c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: &name})
		if err == nil && out.Table.StreamSpecification != nil && *out.Table.StreamSpecification.StreamEnabled {
			return
		}
		time.Sleep(5 * time.Second)
	}
}
